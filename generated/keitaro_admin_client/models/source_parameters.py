from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="SourceParameters")

_KNOWN: frozenset[str] = frozenset(
    (
        "keyword",
        "cost",
        "currency",
        "external_id",
        "creative_id",
        "ad_campaign_id",
        "source",
        "sub_id_1",
        "sub_id_2",
        "sub_id_3",
        "sub_id_4",
        "sub_id_5",
        "sub_id_6",
        "sub_id_7",
        "sub_id_8",
        "sub_id_9",
        "sub_id_10",
        "sub_id_11",
        "sub_id_12",
        "sub_id_13",
        "sub_id_14",
        "sub_id_15",
    )
)
_new = object.__new__


@_attrs_define
class SourceParameters:
    """Parameter mapping keyed by tracker field (`keyword`, `cost`, `sub_id_1`...). Newer trackers know more sub ids than
    the fifteen listed here; extra keys are kept.

        Attributes:
            keyword (None | SourceParameter | Unset):
            cost (None | SourceParameter | Unset):
            currency (None | SourceParameter | Unset): ISO 4217 currency code.
            external_id (None | SourceParameter | Unset):
            creative_id (None | SourceParameter | Unset):
            ad_campaign_id (None | SourceParameter | Unset):
            source (None | SourceParameter | Unset):
            sub_id_1 (None | SourceParameter | Unset):
            sub_id_2 (None | SourceParameter | Unset):
            sub_id_3 (None | SourceParameter | Unset):
            sub_id_4 (None | SourceParameter | Unset):
            sub_id_5 (None | SourceParameter | Unset):
            sub_id_6 (None | SourceParameter | Unset):
            sub_id_7 (None | SourceParameter | Unset):
            sub_id_8 (None | SourceParameter | Unset):
            sub_id_9 (None | SourceParameter | Unset):
            sub_id_10 (None | SourceParameter | Unset):
            sub_id_11 (None | SourceParameter | Unset):
            sub_id_12 (None | SourceParameter | Unset):
            sub_id_13 (None | SourceParameter | Unset):
            sub_id_14 (None | SourceParameter | Unset):
            sub_id_15 (None | SourceParameter | Unset):
    """

    keyword: None | SourceParameter | Unset = UNSET
    cost: None | SourceParameter | Unset = UNSET
    currency: None | SourceParameter | Unset = UNSET
    external_id: None | SourceParameter | Unset = UNSET
    creative_id: None | SourceParameter | Unset = UNSET
    ad_campaign_id: None | SourceParameter | Unset = UNSET
    source: None | SourceParameter | Unset = UNSET
    sub_id_1: None | SourceParameter | Unset = UNSET
    sub_id_2: None | SourceParameter | Unset = UNSET
    sub_id_3: None | SourceParameter | Unset = UNSET
    sub_id_4: None | SourceParameter | Unset = UNSET
    sub_id_5: None | SourceParameter | Unset = UNSET
    sub_id_6: None | SourceParameter | Unset = UNSET
    sub_id_7: None | SourceParameter | Unset = UNSET
    sub_id_8: None | SourceParameter | Unset = UNSET
    sub_id_9: None | SourceParameter | Unset = UNSET
    sub_id_10: None | SourceParameter | Unset = UNSET
    sub_id_11: None | SourceParameter | Unset = UNSET
    sub_id_12: None | SourceParameter | Unset = UNSET
    sub_id_13: None | SourceParameter | Unset = UNSET
    sub_id_14: None | SourceParameter | Unset = UNSET
    sub_id_15: None | SourceParameter | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _fields: ClassVar[dict[str, str]] = {
        "keyword": "keyword",
        "cost": "cost",
        "currency": "currency",
        "external_id": "external_id",
        "creative_id": "creative_id",
        "ad_campaign_id": "ad_campaign_id",
        "source": "source",
        "sub_id_1": "sub_id_1",
        "sub_id_2": "sub_id_2",
        "sub_id_3": "sub_id_3",
        "sub_id_4": "sub_id_4",
        "sub_id_5": "sub_id_5",
        "sub_id_6": "sub_id_6",
        "sub_id_7": "sub_id_7",
        "sub_id_8": "sub_id_8",
        "sub_id_9": "sub_id_9",
        "sub_id_10": "sub_id_10",
        "sub_id_11": "sub_id_11",
        "sub_id_12": "sub_id_12",
        "sub_id_13": "sub_id_13",
        "sub_id_14": "sub_id_14",
        "sub_id_15": "sub_id_15",
    }

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form: unset fields left out, timestamps as `YYYY-MM-DD HH:MM:SS`."""
        v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        v = self.keyword
        if v is not UNSET:
            field_dict["keyword"] = _t.encode(v)
        v = self.cost
        if v is not UNSET:
            field_dict["cost"] = _t.encode(v)
        v = self.currency
        if v is not UNSET:
            field_dict["currency"] = _t.encode(v)
        v = self.external_id
        if v is not UNSET:
            field_dict["external_id"] = _t.encode(v)
        v = self.creative_id
        if v is not UNSET:
            field_dict["creative_id"] = _t.encode(v)
        v = self.ad_campaign_id
        if v is not UNSET:
            field_dict["ad_campaign_id"] = _t.encode(v)
        v = self.source
        if v is not UNSET:
            field_dict["source"] = _t.encode(v)
        v = self.sub_id_1
        if v is not UNSET:
            field_dict["sub_id_1"] = _t.encode(v)
        v = self.sub_id_2
        if v is not UNSET:
            field_dict["sub_id_2"] = _t.encode(v)
        v = self.sub_id_3
        if v is not UNSET:
            field_dict["sub_id_3"] = _t.encode(v)
        v = self.sub_id_4
        if v is not UNSET:
            field_dict["sub_id_4"] = _t.encode(v)
        v = self.sub_id_5
        if v is not UNSET:
            field_dict["sub_id_5"] = _t.encode(v)
        v = self.sub_id_6
        if v is not UNSET:
            field_dict["sub_id_6"] = _t.encode(v)
        v = self.sub_id_7
        if v is not UNSET:
            field_dict["sub_id_7"] = _t.encode(v)
        v = self.sub_id_8
        if v is not UNSET:
            field_dict["sub_id_8"] = _t.encode(v)
        v = self.sub_id_9
        if v is not UNSET:
            field_dict["sub_id_9"] = _t.encode(v)
        v = self.sub_id_10
        if v is not UNSET:
            field_dict["sub_id_10"] = _t.encode(v)
        v = self.sub_id_11
        if v is not UNSET:
            field_dict["sub_id_11"] = _t.encode(v)
        v = self.sub_id_12
        if v is not UNSET:
            field_dict["sub_id_12"] = _t.encode(v)
        v = self.sub_id_13
        if v is not UNSET:
            field_dict["sub_id_13"] = _t.encode(v)
        v = self.sub_id_14
        if v is not UNSET:
            field_dict["sub_id_14"] = _t.encode(v)
        v = self.sub_id_15
        if v is not UNSET:
            field_dict["sub_id_15"] = _t.encode(v)
        return field_dict

    def to_json(self, **options: Any) -> str:
        """`to_dict()` as a JSON string; options go to `json.dumps`."""
        return _t.to_json(self, **options)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON; raises `DecodeError` naming the first field that does not fit."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _t.not_an_object(src_dict, "SourceParameters")
        # Fields are set on a bare instance: the attrs __init__ would only assign them again, and a
        # call with every field as a keyword costs more than the decoding. A subclass with its own
        # __init__ still gets it called (below).
        obj = _new(cls)
        _INIT(obj)
        for key, value in src_dict.items():
            entry = _SPARSE.get(key)
            if entry is not None:
                attr, decode, nested = entry
                try:
                    # A nested model sent as an object goes straight to its from_dict (what decode does first).
                    setattr(obj, attr, nested(value) if nested is not None and type(value) is dict else decode(value))
                except _t.DecodeError as exc:
                    raise exc.at(key) from None
        if not _KNOWN.issuperset(src_dict):
            obj.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN}
        if cls is not SourceParameters and cls.__init__ is not _INIT:
            return _t.rebuilt(cls, obj, SourceParameters._fields.values())
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


_INIT = SourceParameters.__init__

# Models named by fields, imported after the class so that models that refer to each other import
# (each finds the other's class already defined); from_dict calls them directly.
from ..models.source_parameter import SourceParameter  # noqa: E402

# Field decoders, made once; after the imports above, as they call the nested models' classes.
_DEC_keyword = _t.model(SourceParameter)
_DEC_cost = _t.model(SourceParameter)
_DEC_currency = _t.model(SourceParameter)
_DEC_external_id = _t.model(SourceParameter)
_DEC_creative_id = _t.model(SourceParameter)
_DEC_ad_campaign_id = _t.model(SourceParameter)
_DEC_source = _t.model(SourceParameter)
_DEC_sub_id_1 = _t.model(SourceParameter)
_DEC_sub_id_2 = _t.model(SourceParameter)
_DEC_sub_id_3 = _t.model(SourceParameter)
_DEC_sub_id_4 = _t.model(SourceParameter)
_DEC_sub_id_5 = _t.model(SourceParameter)
_DEC_sub_id_6 = _t.model(SourceParameter)
_DEC_sub_id_7 = _t.model(SourceParameter)
_DEC_sub_id_8 = _t.model(SourceParameter)
_DEC_sub_id_9 = _t.model(SourceParameter)
_DEC_sub_id_10 = _t.model(SourceParameter)
_DEC_sub_id_11 = _t.model(SourceParameter)
_DEC_sub_id_12 = _t.model(SourceParameter)
_DEC_sub_id_13 = _t.model(SourceParameter)
_DEC_sub_id_14 = _t.model(SourceParameter)
_DEC_sub_id_15 = _t.model(SourceParameter)
# Many optional fields, few sent: decode the keys present instead of looking up every field.
# Each key: (attribute, decoder, the nested model's from_dict when the field is a model, else None).
_SPARSE: dict[str, tuple[str, _t.Decoder, _t.Decoder | None]] = {
    "keyword": ("keyword", _t.model(SourceParameter, nullable=True), SourceParameter.from_dict),
    "cost": ("cost", _t.model(SourceParameter, nullable=True), SourceParameter.from_dict),
    "currency": ("currency", _t.model(SourceParameter, nullable=True), SourceParameter.from_dict),
    "external_id": ("external_id", _t.model(SourceParameter, nullable=True), SourceParameter.from_dict),
    "creative_id": ("creative_id", _t.model(SourceParameter, nullable=True), SourceParameter.from_dict),
    "ad_campaign_id": ("ad_campaign_id", _t.model(SourceParameter, nullable=True), SourceParameter.from_dict),
    "source": ("source", _t.model(SourceParameter, nullable=True), SourceParameter.from_dict),
    "sub_id_1": ("sub_id_1", _t.model(SourceParameter, nullable=True), SourceParameter.from_dict),
    "sub_id_2": ("sub_id_2", _t.model(SourceParameter, nullable=True), SourceParameter.from_dict),
    "sub_id_3": ("sub_id_3", _t.model(SourceParameter, nullable=True), SourceParameter.from_dict),
    "sub_id_4": ("sub_id_4", _t.model(SourceParameter, nullable=True), SourceParameter.from_dict),
    "sub_id_5": ("sub_id_5", _t.model(SourceParameter, nullable=True), SourceParameter.from_dict),
    "sub_id_6": ("sub_id_6", _t.model(SourceParameter, nullable=True), SourceParameter.from_dict),
    "sub_id_7": ("sub_id_7", _t.model(SourceParameter, nullable=True), SourceParameter.from_dict),
    "sub_id_8": ("sub_id_8", _t.model(SourceParameter, nullable=True), SourceParameter.from_dict),
    "sub_id_9": ("sub_id_9", _t.model(SourceParameter, nullable=True), SourceParameter.from_dict),
    "sub_id_10": ("sub_id_10", _t.model(SourceParameter, nullable=True), SourceParameter.from_dict),
    "sub_id_11": ("sub_id_11", _t.model(SourceParameter, nullable=True), SourceParameter.from_dict),
    "sub_id_12": ("sub_id_12", _t.model(SourceParameter, nullable=True), SourceParameter.from_dict),
    "sub_id_13": ("sub_id_13", _t.model(SourceParameter, nullable=True), SourceParameter.from_dict),
    "sub_id_14": ("sub_id_14", _t.model(SourceParameter, nullable=True), SourceParameter.from_dict),
    "sub_id_15": ("sub_id_15", _t.model(SourceParameter, nullable=True), SourceParameter.from_dict),
}
