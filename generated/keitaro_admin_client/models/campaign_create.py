from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..models.campaign_update_bind_visitors import CampaignUpdateBindVisitors
from ..models.campaign_update_cost_type import CampaignUpdateCostType
from ..models.campaign_update_state import CampaignUpdateState
from ..models.campaign_update_type import CampaignUpdateType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignCreate")

_KNOWN: frozenset[str] = frozenset(
    (
        "alias",
        "name",
        "type",
        "cookies_ttl",
        "state",
        "cost_type",
        "cost_value",
        "cost_currency",
        "cost_auto",
        "group_id",
        "bind_visitors",
        "traffic_source_id",
        "parameters",
        "token",
        "domain_id",
        "postbacks",
        "notes",
    )
)
_new = object.__new__


@_attrs_define
class CampaignCreate:
    """Fields accepted when creating a campaign; `alias` and `name` are required.

    Attributes:
        alias (str): Short name used in the campaign URL; unique per tracker. Must hold a non-space character. Keitaro's
            document marks the field required but does not say blank text is refused; the fake refuses it as a tracker is
            assumed to (G).
        name (str): Display name. Must hold a non-space character. Keitaro's document marks the field required but does
            not say blank text is refused; the fake refuses it as a tracker is assumed to (G).
        type_ (CampaignUpdateType | Unset): How flows are picked.
        cookies_ttl (int | Unset): How long, in hours, a visitor stays bound to this campaign.
        state (CampaignUpdateState | Unset): New state.
        cost_type (CampaignUpdateCostType | Unset): Cost model. The published document allows only these three on write
            although campaigns read back with more.
        cost_value (float | Unset): Cost per unit of `cost_type`.
        cost_currency (None | str | Unset): ISO 4217 currency code of the cost.
        cost_auto (bool | Unset): Take the cost from the traffic source's `cost` parameter instead of `cost_value`.
        group_id (int | None | Unset): Campaign group. Keitaro's 2022 document types it as a string on write; real
            clients send an integer, which the tracker accepts, so this document uses the same type as on read.
        bind_visitors (CampaignUpdateBindVisitors | Unset): Visitor binding, see `Campaign.bind_visitors`.
        traffic_source_id (int | None | Unset): Traffic source the campaign buys from.
        parameters (None | SourceParameters | Unset): How incoming query parameters map onto tracker fields.
        token (str | Unset): Click API token.
        domain_id (int | None | Unset): Domain the campaign is served on. Accepted on write, never returned on read.
        postbacks (list[S2SPostback] | Unset): Server-to-server postbacks fired on conversions.
        notes (None | str | Unset): Free text notes.
    """

    alias: str
    name: str
    type_: CampaignUpdateType | Unset = UNSET
    cookies_ttl: int | Unset = UNSET
    state: CampaignUpdateState | Unset = UNSET
    cost_type: CampaignUpdateCostType | Unset = UNSET
    cost_value: float | Unset = UNSET
    cost_currency: None | str | Unset = UNSET
    cost_auto: bool | Unset = UNSET
    group_id: int | None | Unset = UNSET
    bind_visitors: CampaignUpdateBindVisitors | Unset = UNSET
    traffic_source_id: int | None | Unset = UNSET
    parameters: None | SourceParameters | Unset = UNSET
    token: str | Unset = UNSET
    domain_id: int | None | Unset = UNSET
    postbacks: list[S2SPostback] | Unset = UNSET
    notes: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _fields: ClassVar[dict[str, str]] = {
        "alias": "alias",
        "name": "name",
        "type": "type_",
        "cookies_ttl": "cookies_ttl",
        "state": "state",
        "cost_type": "cost_type",
        "cost_value": "cost_value",
        "cost_currency": "cost_currency",
        "cost_auto": "cost_auto",
        "group_id": "group_id",
        "bind_visitors": "bind_visitors",
        "traffic_source_id": "traffic_source_id",
        "parameters": "parameters",
        "token": "token",
        "domain_id": "domain_id",
        "postbacks": "postbacks",
        "notes": "notes",
    }

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form: unset fields left out, timestamps as `YYYY-MM-DD HH:MM:SS`."""
        v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        v = self.alias
        field_dict["alias"] = v
        v = self.name
        field_dict["name"] = v
        v = self.type_
        if v is not UNSET:
            field_dict["type"] = v
        v = self.cookies_ttl
        if v is not UNSET:
            field_dict["cookies_ttl"] = v
        v = self.state
        if v is not UNSET:
            field_dict["state"] = v
        v = self.cost_type
        if v is not UNSET:
            field_dict["cost_type"] = v
        v = self.cost_value
        if v is not UNSET:
            field_dict["cost_value"] = v
        v = self.cost_currency
        if v is not UNSET:
            field_dict["cost_currency"] = v
        v = self.cost_auto
        if v is not UNSET:
            field_dict["cost_auto"] = v
        v = self.group_id
        if v is not UNSET:
            field_dict["group_id"] = v
        v = self.bind_visitors
        if v is not UNSET:
            field_dict["bind_visitors"] = v
        v = self.traffic_source_id
        if v is not UNSET:
            field_dict["traffic_source_id"] = v
        v = self.parameters
        if v is not UNSET:
            field_dict["parameters"] = _t.encode(v)
        v = self.token
        if v is not UNSET:
            field_dict["token"] = v
        v = self.domain_id
        if v is not UNSET:
            field_dict["domain_id"] = v
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
            raise _t.not_an_object(src_dict, "CampaignCreate")
        # Fields are set on a bare instance: the attrs __init__ would only assign them again, and a
        # call with every field as a keyword costs more than the decoding. A subclass with its own
        # __init__ still gets it called (below).
        obj = _new(cls)
        get = src_dict.get
        v: Any
        raw: Any
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
        if type(v) is not str and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "type")
        obj.type_ = v
        v = get("cookies_ttl", UNSET)
        if type(v) is not int and v is not UNSET:
            v = _t.decode_field(_t.to_int, v, "cookies_ttl")
        obj.cookies_ttl = v
        v = get("state", UNSET)
        if type(v) is not str and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "state")
        obj.state = v
        v = get("cost_type", UNSET)
        if type(v) is not str and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "cost_type")
        obj.cost_type = v
        v = get("cost_value", UNSET)
        if type(v) is not float and v is not UNSET:
            v = _t.decode_field(_t.to_float, v, "cost_value")
        obj.cost_value = v
        v = get("cost_currency", UNSET)
        if type(v) is not str and v is not None and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "cost_currency")
        obj.cost_currency = v
        v = get("cost_auto", UNSET)
        if type(v) is not bool and v is not UNSET:
            v = _t.decode_field(_t.to_bool, v, "cost_auto")
        obj.cost_auto = v
        v = get("group_id", UNSET)
        if type(v) is not int and v is not None and v is not UNSET:
            v = _t.decode_field(_t.to_int, v, "group_id")
        obj.group_id = v
        v = get("bind_visitors", UNSET)
        if type(v) is not str and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "bind_visitors")
        obj.bind_visitors = v
        v = get("traffic_source_id", UNSET)
        if type(v) is not int and v is not None and v is not UNSET:
            v = _t.decode_field(_t.to_int, v, "traffic_source_id")
        obj.traffic_source_id = v
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
        v = get("token", UNSET)
        if type(v) is not str and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "token")
        obj.token = v
        v = get("domain_id", UNSET)
        if type(v) is not int and v is not None and v is not UNSET:
            v = _t.decode_field(_t.to_int, v, "domain_id")
        obj.domain_id = v
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
        if cls is not CampaignCreate and cls.__init__ is not _INIT:
            return _t.rebuilt(cls, obj, CampaignCreate._fields.values())
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


_INIT = CampaignCreate.__init__

# Models named by fields, imported after the class so that models that refer to each other import
# (each finds the other's class already defined); from_dict calls them directly.
from ..models.s2s_postback import S2SPostback  # noqa: E402
from ..models.source_parameters import SourceParameters  # noqa: E402

# Field decoders, made once; after the imports above, as they call the nested models' classes.
_DEC_parameters = _t.model(SourceParameters)
_DEC_postbacks = _t.list_of(_t.model(S2SPostback))
