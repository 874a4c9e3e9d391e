from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..models.s2s_postback_method import S2SPostbackMethod
from ..models.s2s_postback_statuses_item import S2SPostbackStatusesItem
from ..types import UNSET, Unset

T = TypeVar("T", bound="S2SPostback")

_KNOWN: frozenset[str] = frozenset(
    (
        "id",
        "campaign_id",
        "method",
        "statuses",
        "url",
    )
)
_new = object.__new__


@_attrs_define
class S2SPostback:
    """A server-to-server postback attached to a campaign.

    Attributes:
        id (int | Unset):
        campaign_id (int | Unset): Id of the campaign.
        method (S2SPostbackMethod | Unset): HTTP method used to call `url`.
        statuses (list[S2SPostbackStatusesItem] | Unset): Statuses that fire it.
        url (str | Unset): Address called when a conversion with one of `statuses` arrives.
    """

    id: int | Unset = UNSET
    campaign_id: int | Unset = UNSET
    method: S2SPostbackMethod | Unset = UNSET
    statuses: list[S2SPostbackStatusesItem] | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _fields: ClassVar[dict[str, str]] = {
        "id": "id",
        "campaign_id": "campaign_id",
        "method": "method",
        "statuses": "statuses",
        "url": "url",
    }

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form: unset fields left out, timestamps as `YYYY-MM-DD HH:MM:SS`."""
        v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        v = self.id
        if v is not UNSET:
            field_dict["id"] = v
        v = self.campaign_id
        if v is not UNSET:
            field_dict["campaign_id"] = v
        v = self.method
        if v is not UNSET:
            field_dict["method"] = v
        v = self.statuses
        if v is not UNSET:
            field_dict["statuses"] = _t.encode(v)
        v = self.url
        if v is not UNSET:
            field_dict["url"] = v
        return field_dict

    def to_json(self, **options: Any) -> str:
        """`to_dict()` as a JSON string; options go to `json.dumps`."""
        return _t.to_json(self, **options)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON; raises `DecodeError` naming the first field that does not fit."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _t.not_an_object(src_dict, "S2SPostback")
        # Fields are set on a bare instance: the attrs __init__ would only assign them again, and a
        # call with every field as a keyword costs more than the decoding. A subclass with its own
        # __init__ still gets it called (below).
        obj = _new(cls)
        if type(src_dict) is dict and len(src_dict) == 5:
            try:
                f_id, f_campaign_id, f_method, f_statuses, f_url = _ALL(src_dict)
            except KeyError:
                pass  # a field missing (another key sent instead): the field-by-field code below
            else:
                if (
                    type(f_id) is int
                    and type(f_campaign_id) is int
                    and type(f_method) is str
                    and type(f_statuses) is list
                    and _t.all_are(f_statuses, str)
                    and type(f_url) is str
                ):
                    obj.id = f_id
                    obj.campaign_id = f_campaign_id
                    obj.method = f_method  # type: ignore[assignment]  # checked as text, as field by field
                    obj.statuses = f_statuses.copy()
                    obj.url = f_url
                    obj.additional_properties = {}
                    if cls is S2SPostback or cls.__init__ is _INIT:
                        return obj
        get = src_dict.get
        v: Any
        raw: Any
        v = get("id", UNSET)
        if type(v) is not int and v is not UNSET:
            v = _t.decode_field(_t.to_int, v, "id")
        obj.id = v
        v = get("campaign_id", UNSET)
        if type(v) is not int and v is not UNSET:
            v = _t.decode_field(_t.to_int, v, "campaign_id")
        obj.campaign_id = v
        v = get("method", UNSET)
        if type(v) is not str and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "method")
        obj.method = v
        v = get("statuses", UNSET)
        if type(v) is list:
            raw = v
            try:
                v = [item if type(item) is str else _t.to_str(item) for item in raw]
            except _t.DecodeError:
                v = UNSET  # decoded again below (outside this handler), for the error with the item's index
            if v is UNSET:
                v = _t.decode_field(_DEC_statuses, raw, "statuses")
        elif v is not UNSET:
            try:
                v = _DEC_statuses(v)
            except _t.DecodeError as exc:
                raise exc.at("statuses") from None
        obj.statuses = v
        v = get("url", UNSET)
        if type(v) is not str and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "url")
        obj.url = v
        obj.additional_properties = (
            {} if _KNOWN.issuperset(src_dict) else {key: value for key, value in src_dict.items() if key not in _KNOWN}
        )
        if cls is not S2SPostback and cls.__init__ is not _INIT:
            return _t.rebuilt(cls, obj, S2SPostback._fields.values())
        return obj

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


_INIT = S2SPostback.__init__
# Every field of an answer at once, in declaration order (the fast path of from_dict).
_ALL = _t.itemgetter(
    "id",
    "campaign_id",
    "method",
    "statuses",
    "url",
)

# Field decoders, made once; after the imports above, as they call the nested models' classes.
_DEC_statuses = _t.list_of(_t.to_str)
