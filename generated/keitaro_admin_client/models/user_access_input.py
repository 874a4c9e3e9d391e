from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..models.access_type import AccessType
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserAccessInput")

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
        "reports",
    )
)
_new = object.__new__


@_attrs_define
class UserAccessInput:
    """New access rights of a user.

    Attributes:
        offers_access_type (AccessType | Unset): How much of one kind of entity a user may see and change.
        campaigns_access_type (AccessType | Unset): How much of one kind of entity a user may see and change.
        landings_access_type (AccessType | Unset): How much of one kind of entity a user may see and change.
        traffic_sources_access_type (AccessType | Unset): How much of one kind of entity a user may see and change.
        streams_access_type (AccessType | Unset): How much of one kind of entity a user may see and change.
        affiliate_networks_access_type (AccessType | Unset): How much of one kind of entity a user may see and change.
        domains_access_type (AccessType | Unset): How much of one kind of entity a user may see and change.
        resources (list[str] | Unset):
        reports (list[str] | Unset):
    """

    offers_access_type: AccessType | Unset = UNSET
    campaigns_access_type: AccessType | Unset = UNSET
    landings_access_type: AccessType | Unset = UNSET
    traffic_sources_access_type: AccessType | Unset = UNSET
    streams_access_type: AccessType | Unset = UNSET
    affiliate_networks_access_type: AccessType | Unset = UNSET
    domains_access_type: AccessType | Unset = UNSET
    resources: list[str] | Unset = UNSET
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
            raise _t.not_an_object(src_dict, "UserAccessInput")
        # Fields are set on a bare instance: the attrs __init__ would only assign them again, and a
        # call with every field as a keyword costs more than the decoding. A subclass with its own
        # __init__ still gets it called (below).
        obj = _new(cls)
        if type(src_dict) is dict and len(src_dict) == 9:
            try:
                (
                    f_offers_access_type,
                    f_campaigns_access_type,
                    f_landings_access_type,
                    f_traffic_sources_access_type,
                    f_streams_access_type,
                    f_affiliate_networks_access_type,
                    f_domains_access_type,
                    f_resources,
                    f_reports,
                ) = _ALL(src_dict)
            except KeyError:
                pass  # a field missing (another key sent instead): the field-by-field code below
            else:
                if (
                    type(f_offers_access_type) is str
                    and type(f_campaigns_access_type) is str
                    and type(f_landings_access_type) is str
                    and type(f_traffic_sources_access_type) is str
                    and type(f_streams_access_type) is str
                    and type(f_affiliate_networks_access_type) is str
                    and type(f_domains_access_type) is str
                    and type(f_resources) is list
                    and _t.all_are(f_resources, str)
                    and type(f_reports) is list
                    and _t.all_are(f_reports, str)
                ):
                    obj.offers_access_type = f_offers_access_type  # type: ignore[assignment]  # checked as text, as field by field
                    obj.campaigns_access_type = f_campaigns_access_type  # type: ignore[assignment]  # checked as text, as field by field
                    obj.landings_access_type = f_landings_access_type  # type: ignore[assignment]  # checked as text, as field by field
                    obj.traffic_sources_access_type = f_traffic_sources_access_type  # type: ignore[assignment]  # checked as text, as field by field
                    obj.streams_access_type = f_streams_access_type  # type: ignore[assignment]  # checked as text, as field by field
                    obj.affiliate_networks_access_type = f_affiliate_networks_access_type  # type: ignore[assignment]  # checked as text, as field by field
                    obj.domains_access_type = f_domains_access_type  # type: ignore[assignment]  # checked as text, as field by field
                    obj.resources = f_resources.copy()
                    obj.reports = f_reports.copy()
                    obj.additional_properties = {}
                    if cls is UserAccessInput or cls.__init__ is _INIT:
                        return obj
        get = src_dict.get
        v: Any
        raw: Any
        v = get("offers_access_type", UNSET)
        if type(v) is not str and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "offers_access_type")
        obj.offers_access_type = v
        v = get("campaigns_access_type", UNSET)
        if type(v) is not str and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "campaigns_access_type")
        obj.campaigns_access_type = v
        v = get("landings_access_type", UNSET)
        if type(v) is not str and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "landings_access_type")
        obj.landings_access_type = v
        v = get("traffic_sources_access_type", UNSET)
        if type(v) is not str and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "traffic_sources_access_type")
        obj.traffic_sources_access_type = v
        v = get("streams_access_type", UNSET)
        if type(v) is not str and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "streams_access_type")
        obj.streams_access_type = v
        v = get("affiliate_networks_access_type", UNSET)
        if type(v) is not str and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "affiliate_networks_access_type")
        obj.affiliate_networks_access_type = v
        v = get("domains_access_type", UNSET)
        if type(v) is not str and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "domains_access_type")
        obj.domains_access_type = v
        v = get("resources", UNSET)
        if type(v) is list:
            raw = v
            try:
                v = [item if type(item) is str else _t.to_str(item) for item in raw]
            except _t.DecodeError:
                v = UNSET  # decoded again below (outside this handler), for the error with the item's index
            if v is UNSET:
                v = _t.decode_field(_DEC_resources, raw, "resources")
        elif v is not UNSET:
            try:
                v = _DEC_resources(v)
            except _t.DecodeError as exc:
                raise exc.at("resources") from None
        obj.resources = v
        v = get("reports", UNSET)
        if type(v) is list:
            raw = v
            try:
                v = [item if type(item) is str else _t.to_str(item) for item in raw]
            except _t.DecodeError:
                v = UNSET  # decoded again below (outside this handler), for the error with the item's index
            if v is UNSET:
                v = _t.decode_field(_DEC_reports, raw, "reports")
        elif v is not UNSET:
            try:
                v = _DEC_reports(v)
            except _t.DecodeError as exc:
                raise exc.at("reports") from None
        obj.reports = v
        obj.additional_properties = (
            {} if _KNOWN.issuperset(src_dict) else {key: value for key, value in src_dict.items() if key not in _KNOWN}
        )
        if cls is not UserAccessInput and cls.__init__ is not _INIT:
            return _t.rebuilt(cls, obj, UserAccessInput._fields.values())
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


_INIT = UserAccessInput.__init__
# Every field of an answer at once, in declaration order (the fast path of from_dict).
_ALL = _t.itemgetter(
    "offers_access_type",
    "campaigns_access_type",
    "landings_access_type",
    "traffic_sources_access_type",
    "streams_access_type",
    "affiliate_networks_access_type",
    "domains_access_type",
    "resources",
    "reports",
)

# Field decoders, made once; after the imports above, as they call the nested models' classes.
_DEC_resources = _t.list_of(_t.to_str)
_DEC_reports = _t.list_of(_t.to_str)
