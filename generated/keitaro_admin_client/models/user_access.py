from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..models.access_type import AccessType
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserAccess")

_KNOWN: frozenset[str] = frozenset(
    (
        "offers_access_type",
        "campaigns_access_type",
        "landings_access_type",
        "traffic_sources_access_type",
        "streams_access_type",
        "affiliate_networks_access_type",
        "domains_access_type",
        "resources",
        "allowed_resources",
        "reports",
    )
)
_new = object.__new__


@_attrs_define
class UserAccess:
    """What a user may access.

    Attributes:
        offers_access_type (AccessType | Unset): How much of one kind of entity a user may see and change.
        campaigns_access_type (AccessType | Unset): How much of one kind of entity a user may see and change.
        landings_access_type (AccessType | Unset): How much of one kind of entity a user may see and change.
        traffic_sources_access_type (AccessType | Unset): How much of one kind of entity a user may see and change.
        streams_access_type (AccessType | Unset): How much of one kind of entity a user may see and change.
        affiliate_networks_access_type (AccessType | Unset): How much of one kind of entity a user may see and change.
        domains_access_type (AccessType | Unset): How much of one kind of entity a user may see and change.
        resources (list[str] | Unset): Ids or names of the entities granted individually.
        allowed_resources (list[str] | Unset):
        reports (list[str] | Unset): Reports the user may open.
    """

    offers_access_type: AccessType | Unset = UNSET
    campaigns_access_type: AccessType | Unset = UNSET
    landings_access_type: AccessType | Unset = UNSET
    traffic_sources_access_type: AccessType | Unset = UNSET
    streams_access_type: AccessType | Unset = UNSET
    affiliate_networks_access_type: AccessType | Unset = UNSET
    domains_access_type: AccessType | Unset = UNSET
    resources: list[str] | Unset = UNSET
    allowed_resources: list[str] | Unset = UNSET
    reports: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _fields: ClassVar[dict[str, str]] = {
        "offers_access_type": "offers_access_type",
        "campaigns_access_type": "campaigns_access_type",
        "landings_access_type": "landings_access_type",
        "traffic_sources_access_type": "traffic_sources_access_type",
        "streams_access_type": "streams_access_type",
        "affiliate_networks_access_type": "affiliate_networks_access_type",
        "domains_access_type": "domains_access_type",
        "resources": "resources",
        "allowed_resources": "allowed_resources",
        "reports": "reports",
    }

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form: unset fields left out, timestamps as `YYYY-MM-DD HH:MM:SS`."""
        v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        v = self.offers_access_type
        if v is not UNSET:
            field_dict["offers_access_type"] = v
        v = self.campaigns_access_type
        if v is not UNSET:
            field_dict["campaigns_access_type"] = v
        v = self.landings_access_type
        if v is not UNSET:
            field_dict["landings_access_type"] = v
        v = self.traffic_sources_access_type
        if v is not UNSET:
            field_dict["traffic_sources_access_type"] = v
        v = self.streams_access_type
        if v is not UNSET:
            field_dict["streams_access_type"] = v
        v = self.affiliate_networks_access_type
        if v is not UNSET:
            field_dict["affiliate_networks_access_type"] = v
        v = self.domains_access_type
        if v is not UNSET:
            field_dict["domains_access_type"] = v
        v = self.resources
        if v is not UNSET:
            field_dict["resources"] = _t.encode(v)
        v = self.allowed_resources
        if v is not UNSET:
            field_dict["allowed_resources"] = _t.encode(v)
        v = self.reports
        if v is not UNSET:
            field_dict["reports"] = _t.encode(v)
        return field_dict

    def to_json(self, **options: Any) -> str:
        """`to_dict()` as a JSON string; options go to `json.dumps`."""
        return _t.to_json(self, **options)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON; raises `DecodeError` naming the first field that does not fit."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _t.not_an_object(src_dict, "UserAccess")
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
        if cls is not UserAccess and cls.__init__ is not _INIT:
            return _t.rebuilt(cls, obj, UserAccess._fields.values())
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


_INIT = UserAccess.__init__

# Field decoders, made once; after the imports above, as they call the nested models' classes.
_DEC_resources = _t.list_of(_t.to_str)
_DEC_allowed_resources = _t.list_of(_t.to_str)
_DEC_reports = _t.list_of(_t.to_str)
# Many optional fields, few sent: decode the keys present instead of looking up every field.
# Each key: (attribute, decoder, the nested model's from_dict when the field is a model, else None).
_SPARSE: dict[str, tuple[str, _t.Decoder, _t.Decoder | None]] = {
    "offers_access_type": ("offers_access_type", _t.to_str, None),
    "campaigns_access_type": ("campaigns_access_type", _t.to_str, None),
    "landings_access_type": ("landings_access_type", _t.to_str, None),
    "traffic_sources_access_type": ("traffic_sources_access_type", _t.to_str, None),
    "streams_access_type": ("streams_access_type", _t.to_str, None),
    "affiliate_networks_access_type": ("affiliate_networks_access_type", _t.to_str, None),
    "domains_access_type": ("domains_access_type", _t.to_str, None),
    "resources": ("resources", _t.list_of(_t.to_str), None),
    "allowed_resources": ("allowed_resources", _t.list_of(_t.to_str), None),
    "reports": ("reports", _t.list_of(_t.to_str), None),
}
