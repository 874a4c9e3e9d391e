from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..models.label_ref_name import LabelRefName
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.labels_update_items import LabelsUpdateItems


T = TypeVar("T", bound="LabelsUpdate")

_DEC_items = _t.model_of(__package__, "labels_update_items", "LabelsUpdateItems")
_KNOWN: frozenset[str] = frozenset(
    (
        "campaign_id",
        "ref_name",
        "items",
    )
)


@_attrs_define
class LabelsUpdate:
    """Body of a label change.

    Attributes:
        campaign_id (int): Id of the campaign.
        ref_name (LabelRefName): Column a label list applies to.
        items (LabelsUpdateItems): Values to label, each mapped to `whitelist` or `blacklist` (the label values of
            Keitaro's document; the shape of `items` is documented only vaguely). Null or an empty string removes a label:
            the fake's choice, not documented (G); the fake answers 406 for any other value.
    """

    campaign_id: int
    ref_name: LabelRefName
    items: LabelsUpdateItems
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _fields: ClassVar[dict[str, str]] = {
        "campaign_id": "campaign_id",
        "ref_name": "ref_name",
        "items": "items",
    }

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form: unset fields left out, timestamps as `YYYY-MM-DD HH:MM:SS`."""
        v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        v = self.campaign_id
        field_dict["campaign_id"] = v
        v = self.ref_name
        field_dict["ref_name"] = v
        v = self.items
        field_dict["items"] = _t.encode(v)
        return field_dict

    def to_json(self, **options: Any) -> str:
        """`to_dict()` as a JSON string; options go to `json.dumps`."""
        return _t.to_json(self, **options)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON; raises `DecodeError` naming the first field that does not fit."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _t.not_an_object(src_dict, "LabelsUpdate")
        get = src_dict.get
        v: Any
        v = get("campaign_id", UNSET)
        if v is UNSET:
            raise _t.missing("campaign_id", src_dict, cls._fields)
        if type(v) is not int:
            v = _t.decode_field(_t.to_int, v, "campaign_id")
        campaign_id = v
        v = get("ref_name", UNSET)
        if v is UNSET:
            raise _t.missing("ref_name", src_dict, cls._fields)
        if type(v) is not str:
            v = _t.decode_field(_t.to_str, v, "ref_name")
        ref_name = v
        v = get("items", UNSET)
        if v is UNSET:
            raise _t.missing("items", src_dict, cls._fields)
        try:
            v = _DEC_items(v)
        except _t.DecodeError as exc:
            raise exc.at("items") from None
        items = v
        labels_update = cls(
            campaign_id=campaign_id,
            ref_name=ref_name,
            items=items,
        )
        if not _KNOWN.issuperset(src_dict):
            labels_update.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN}
        return labels_update

    def __repr__(self) -> str:
        return _t.model_repr(self, self._fields)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """A field by its JSON name, known (`m["alias"]`) or not; KeyError if the tracker did not send it."""
        attr = self._fields.get(key)
        if attr is not None:
            value = getattr(self, attr)
            if value is UNSET:
                raise KeyError(key)
            return value
        return self.additional_properties[key]

    def get(self, key: str, default: Any = None) -> Any:
        try:
            return self[key]
        except KeyError:
            return default

    def __setitem__(self, key: str, value: Any) -> None:
        attr = self._fields.get(key)
        if attr is not None:
            setattr(self, attr, value)
        else:
            self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        attr = self._fields.get(key)
        if attr is not None:
            if getattr(self, attr) is UNSET:
                raise KeyError(key)
            setattr(self, attr, UNSET)
        else:
            del self.additional_properties[key]

    def __contains__(self, key: object) -> bool:
        attr = self._fields.get(key) if isinstance(key, str) else None
        if attr is not None:
            return getattr(self, attr) is not UNSET
        return key in self.additional_properties
