from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..models.campaign_bind_visitors import CampaignBindVisitors
from ..models.campaign_cost_type import CampaignCostType
from ..models.campaign_state import CampaignState
from ..models.campaign_type import CampaignType
from ..models.campaign_uniqueness_method import CampaignUniquenessMethod
from ..types import UNSET, Unset

T = TypeVar("T", bound="Campaign")

_KNOWN: frozenset[str] = frozenset(
    (
        "id",
        "alias",
        "name",
        "type",
        "cookies_ttl",
        "position",
        "state",
        "cost_type",
        "cost_value",
        "cost_auto",
        "group_id",
        "traffic_source_id",
        "created_at",
        "updated_at",
        "cost_currency",
        "bind_visitors",
        "token",
        "parameters",
        "uniqueness_method",
        "domain",
        "postbacks",
        "notes",
    )
)
_new = object.__new__


@_attrs_define
class Campaign:
    """A campaign as the tracker returns it. Fields in `required` are in every answer. Evidence - the 2022 document lists
    them on its read schema, and the answer samples public clients show carry them all (ysomad/keitaro README); medium
    confidence. The other fields may be absent; trimmed answers for keys with restricted rights are reported but
    unverified.

        Attributes:
            id (int):
            alias (str): Short name used in the campaign URL; unique per tracker.
            name (str): Display name.
            type_ (CampaignType): How flows are picked: by position or by weight.
            cookies_ttl (int): How long, in hours, a visitor stays bound to this campaign.
            position (int): Order in the campaign list.
            state (CampaignState): `deleted` means archived.
            cost_type (CampaignCostType): Cost model of the campaign.
            cost_value (float): Cost per unit of `cost_type`.
            cost_auto (bool): Take the cost from the traffic source's `cost` parameter instead of `cost_value`.
            group_id (int | None): Campaign group, or null.
            traffic_source_id (int | None): Traffic source the campaign buys from.
            created_at (datetime.datetime): When the tracker recorded it, in the tracker's local time zone (read as a naive
                datetime). Trackers print `YYYY-MM-DD HH:MM:SS`, not RFC 3339: the 2022 document types it as a plain string, and
                the same format is what public clients read in report datetimes (medium confidence); ISO 8601 is read too.
            updated_at (datetime.datetime): When the tracker recorded it, in the tracker's local time zone (read as a naive
                datetime). Trackers print `YYYY-MM-DD HH:MM:SS`, not RFC 3339: the 2022 document types it as a plain string, and
                the same format is what public clients read in report datetimes (medium confidence); ISO 8601 is read too.
            cost_currency (None | str | Unset): ISO 4217 currency code of the cost.
            bind_visitors (CampaignBindVisitors | None | Unset): Binds returning visitors to the same flow (`s`), flow and
                landing (`sl`) or flow, landing and offer (`slo`). Null when binding is off.
            token (str | Unset): Click API token of the campaign. Treat it as a secret.
            parameters (None | SourceParameters | Unset): How incoming query parameters map onto tracker fields. Some
                trackers send this object as JSON text, sometimes encoded twice; the SDK decodes it (x-keitaro-json-string) and
                raises UnexpectedResponseError if it still is not an object. Evidence: playtini/keitaro-client
                src/AdminApi/Model/Campaign.php decodes a string `parameters`, and since commit 880a2db a second time ("string
                may be double json encoded"); observed by a maintained client, medium confidence.
            uniqueness_method (CampaignUniquenessMethod | Unset): What makes a click unique: the IP address, or the IP
                address and user agent. Not in Keitaro's document. Evidence: playtini/keitaro-client
                src/AdminApi/Enum/CampaignUniquenessMethodEnum.php (values `ip`, `ip_ua`) and src/AdminApi/Model/Campaign.php,
                which reads it from tracker answers; observed, medium confidence. Other values may exist on newer trackers.
            domain (None | str | Unset): Address the campaign is served on, as text. Write with `domain_id`. Not in
                Keitaro's document. Evidence: playtini/keitaro-client src/AdminApi/Model/Campaign.php reads `domain` from
                tracker answers and treats it as optional; observed, medium confidence. Null is accepted because the field may
                be missing or empty (not seen as null).
            postbacks (list[S2SPostback] | Unset): Server-to-server postbacks fired on conversions.
            notes (None | str | Unset): Free text notes.
    """

    id: int
    alias: str
    name: str
    type_: CampaignType
    cookies_ttl: int
    position: int
    state: CampaignState
    cost_type: CampaignCostType
    cost_value: float
    cost_auto: bool
    group_id: int | None
    traffic_source_id: int | None
    created_at: datetime.datetime
    updated_at: datetime.datetime
    cost_currency: None | str | Unset = UNSET
    bind_visitors: CampaignBindVisitors | None | Unset = UNSET
    token: str | Unset = UNSET
    parameters: None | SourceParameters | Unset = UNSET
    uniqueness_method: CampaignUniquenessMethod | Unset = UNSET
    domain: None | str | Unset = UNSET
    postbacks: list[S2SPostback] | Unset = UNSET
    notes: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _fields: ClassVar[dict[str, str]] = {
        "id": "id",
        "alias": "alias",
        "name": "name",
        "type": "type_",
        "cookies_ttl": "cookies_ttl",
        "position": "position",
        "state": "state",
        "cost_type": "cost_type",
        "cost_value": "cost_value",
        "cost_auto": "cost_auto",
        "group_id": "group_id",
        "traffic_source_id": "traffic_source_id",
        "created_at": "created_at",
        "updated_at": "updated_at",
        "cost_currency": "cost_currency",
        "bind_visitors": "bind_visitors",
        "token": "token",
        "parameters": "parameters",
        "uniqueness_method": "uniqueness_method",
        "domain": "domain",
        "postbacks": "postbacks",
        "notes": "notes",
    }

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form: unset fields left out, timestamps as `YYYY-MM-DD HH:MM:SS`."""
        v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        v = self.id
        field_dict["id"] = v
        v = self.alias
        field_dict["alias"] = v
        v = self.name
        field_dict["name"] = v
        v = self.type_
        field_dict["type"] = v
        v = self.cookies_ttl
        field_dict["cookies_ttl"] = v
        v = self.position
        field_dict["position"] = v
        v = self.state
        field_dict["state"] = v
        v = self.cost_type
        field_dict["cost_type"] = v
        v = self.cost_value
        field_dict["cost_value"] = v
        v = self.cost_auto
        field_dict["cost_auto"] = v
        v = self.group_id
        field_dict["group_id"] = v
        v = self.traffic_source_id
        field_dict["traffic_source_id"] = v
        v = self.created_at
        field_dict["created_at"] = _t.encode(v)
        v = self.updated_at
        field_dict["updated_at"] = _t.encode(v)
        v = self.cost_currency
        if v is not UNSET:
            field_dict["cost_currency"] = v
        v = self.bind_visitors
        if v is not UNSET:
            field_dict["bind_visitors"] = v
        v = self.token
        if v is not UNSET:
            field_dict["token"] = v
        v = self.parameters
        if v is not UNSET:
            field_dict["parameters"] = _t.encode(v)
        v = self.uniqueness_method
        if v is not UNSET:
            field_dict["uniqueness_method"] = v
        v = self.domain
        if v is not UNSET:
            field_dict["domain"] = v
        v = self.postbacks
        if v is not UNSET:
            field_dict["postbacks"] = _t.encode(v)
        v = self.notes
        if v is not UNSET:
            field_dict["notes"] = v
        return field_dict

    def to_json(self, **options: Any) -> str:
        """`to_dict()` as a JSON string; options go to `json.dumps`."""
        return _t.to_json(self, **options)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON; raises `DecodeError` naming the first field that does not fit."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _t.not_an_object(src_dict, "Campaign")
        # Fields are set on a bare instance: the attrs __init__ would only assign them again, and a
        # call with every field as a keyword costs more than the decoding. A subclass with its own
        # __init__ still gets it called (below).
        obj = _new(cls)
        get = src_dict.get
        v: Any
        raw: Any
        v = get("id", UNSET)
        if type(v) is not int:
            if v is UNSET:
                raise _t.missing("id", src_dict, cls._fields)
            v = _t.decode_field(_t.to_int, v, "id")
        obj.id = v
        v = get("alias", UNSET)
        if type(v) is not str:
            if v is UNSET:
                raise _t.missing("alias", src_dict, cls._fields)
            v = _t.decode_field(_t.to_str, v, "alias")
        obj.alias = v
        v = get("name", UNSET)
        if type(v) is not str:
            if v is UNSET:
                raise _t.missing("name", src_dict, cls._fields)
            v = _t.decode_field(_t.to_str, v, "name")
        obj.name = v
        v = get("type", UNSET)
        if type(v) is not str:
            if v is UNSET:
                raise _t.missing("type", src_dict, cls._fields)
            v = _t.decode_field(_t.to_str, v, "type")
        obj.type_ = v
        v = get("cookies_ttl", UNSET)
        if type(v) is not int:
            if v is UNSET:
                raise _t.missing("cookies_ttl", src_dict, cls._fields)
            v = _t.decode_field(_t.to_int, v, "cookies_ttl")
        obj.cookies_ttl = v
        v = get("position", UNSET)
        if type(v) is not int:
            if v is UNSET:
                raise _t.missing("position", src_dict, cls._fields)
            v = _t.decode_field(_t.to_int, v, "position")
        obj.position = v
        v = get("state", UNSET)
        if type(v) is not str:
            if v is UNSET:
                raise _t.missing("state", src_dict, cls._fields)
            v = _t.decode_field(_t.to_str, v, "state")
        obj.state = v
        v = get("cost_type", UNSET)
        if type(v) is not str:
            if v is UNSET:
                raise _t.missing("cost_type", src_dict, cls._fields)
            v = _t.decode_field(_t.to_str, v, "cost_type")
        obj.cost_type = v
        v = get("cost_value", UNSET)
        if type(v) is not float:
            if v is UNSET:
                raise _t.missing("cost_value", src_dict, cls._fields)
            v = _t.decode_field(_t.to_float, v, "cost_value")
        obj.cost_value = v
        v = get("cost_auto", UNSET)
        if type(v) is not bool:
            if v is UNSET:
                raise _t.missing("cost_auto", src_dict, cls._fields)
            v = _t.decode_field(_t.to_bool, v, "cost_auto")
        obj.cost_auto = v
        v = get("group_id", UNSET)
        if type(v) is not int and v is not None:
            if v is UNSET:
                raise _t.missing("group_id", src_dict, cls._fields)
            v = _t.decode_field(_t.to_int, v, "group_id")
        obj.group_id = v
        v = get("traffic_source_id", UNSET)
        if type(v) is not int and v is not None:
            if v is UNSET:
                raise _t.missing("traffic_source_id", src_dict, cls._fields)
            v = _t.decode_field(_t.to_int, v, "traffic_source_id")
        obj.traffic_source_id = v
        v = get("created_at", UNSET)
        if type(v) is str:
            raw = v
            try:
                v = _t.datetime_from_text(raw.strip())
            except ValueError:
                v = UNSET  # the decoder below (outside this handler) raises the field's DecodeError
            if v is UNSET:
                v = _t.decode_field(_DEC_created_at, raw, "created_at")
        elif v is UNSET:
            raise _t.missing("created_at", src_dict, cls._fields)
        else:
            try:
                v = _DEC_created_at(v)
            except _t.DecodeError as exc:
                raise exc.at("created_at") from None
        obj.created_at = v
        v = get("updated_at", UNSET)
        if type(v) is str:
            raw = v
            try:
                v = _t.datetime_from_text(raw.strip())
            except ValueError:
                v = UNSET  # the decoder below (outside this handler) raises the field's DecodeError
            if v is UNSET:
                v = _t.decode_field(_DEC_updated_at, raw, "updated_at")
        elif v is UNSET:
            raise _t.missing("updated_at", src_dict, cls._fields)
        else:
            try:
                v = _DEC_updated_at(v)
            except _t.DecodeError as exc:
                raise exc.at("updated_at") from None
        obj.updated_at = v
        v = get("cost_currency", UNSET)
        if type(v) is not str and v is not None and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "cost_currency")
        obj.cost_currency = v
        v = get("bind_visitors", UNSET)
        if type(v) is not str and v is not None and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "bind_visitors")
        obj.bind_visitors = v
        v = get("token", UNSET)
        if type(v) is not str and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "token")
        obj.token = v
        v = get("parameters", UNSET)
        if type(v) is dict:
            try:
                v = SourceParameters.from_dict(v)
            except _t.DecodeError as exc:
                raise exc.at("parameters") from None
        elif v is not None and v is not UNSET:
            try:
                v = _DEC_parameters(v)
            except _t.DecodeError as exc:
                raise exc.at("parameters") from None
        obj.parameters = v
        v = get("uniqueness_method", UNSET)
        if type(v) is not str and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "uniqueness_method")
        obj.uniqueness_method = v
        v = get("domain", UNSET)
        if type(v) is not str and v is not None and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "domain")
        obj.domain = v
        v = get("postbacks", UNSET)
        if type(v) is list:
            raw = v
            try:
                v = list(map(S2SPostback.from_dict, raw))
            except _t.DecodeError:
                v = UNSET  # decoded again below (outside this handler), for the error with the item's index
            if v is UNSET:
                v = _t.decode_field(_DEC_postbacks, raw, "postbacks")
        elif v is not UNSET:
            try:
                v = _DEC_postbacks(v)
            except _t.DecodeError as exc:
                raise exc.at("postbacks") from None
        obj.postbacks = v
        v = get("notes", UNSET)
        if type(v) is not str and v is not None and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "notes")
        obj.notes = v
        obj.additional_properties = (
            {} if _KNOWN.issuperset(src_dict) else {key: value for key, value in src_dict.items() if key not in _KNOWN}
        )
        if cls is not Campaign and cls.__init__ is not _INIT:
            return _t.rebuilt(cls, obj, Campaign._fields.values())
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


_INIT = Campaign.__init__

# Models named by fields, imported after the class so that models that refer to each other import
# (each finds the other's class already defined); from_dict calls them directly.
from ..models.s2s_postback import S2SPostback  # noqa: E402
from ..models.source_parameters import SourceParameters  # noqa: E402

# Field decoders, made once; after the imports above, as they call the nested models' classes.
_DEC_created_at = _t.to_datetime
_DEC_updated_at = _t.to_datetime
_DEC_parameters = _t.model(SourceParameters)
_DEC_postbacks = _t.list_of(_t.model(S2SPostback))
