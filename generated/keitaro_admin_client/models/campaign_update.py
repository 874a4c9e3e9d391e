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

T = TypeVar("T", bound="CampaignUpdate")

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
class CampaignUpdate:
    """Fields accepted when changing a campaign. Fields left out keep their value.

    Attributes:
        alias (str | Unset): Short name used in the campaign URL; unique per tracker. Must hold a non-space character.
            Keitaro's document marks the field required but does not say blank text is refused; the fake refuses it as a
            tracker is assumed to (G).
        name (str | Unset): Display name. Must hold a non-space character. Keitaro's document marks the field required
            but does not say blank text is refused; the fake refuses it as a tracker is assumed to (G).
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

    alias: str | Unset = UNSET
    name: str | Unset = UNSET
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
        if v is not UNSET:
            field_dict["alias"] = v
        v = self.name
        if v is not UNSET:
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
            raise _t.not_an_object(src_dict, "CampaignUpdate")
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
        if cls is not CampaignUpdate and cls.__init__ is not _INIT:
            return _t.rebuilt(cls, obj, CampaignUpdate._fields.values())
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


_INIT = CampaignUpdate.__init__

# Models named by fields, imported after the class so that models that refer to each other import
# (each finds the other's class already defined); from_dict calls them directly.
from ..models.s2s_postback import S2SPostback  # noqa: E402
from ..models.source_parameters import SourceParameters  # noqa: E402

# Field decoders, made once; after the imports above, as they call the nested models' classes.
_DEC_parameters = _t.model(SourceParameters)
_DEC_postbacks = _t.list_of(_t.model(S2SPostback))
# Many optional fields, few sent: decode the keys present instead of looking up every field.
# Each key: (attribute, decoder, the nested model's from_dict when the field is a model, else None).
_SPARSE: dict[str, tuple[str, _t.Decoder, _t.Decoder | None]] = {
    "alias": ("alias", _t.to_str, None),
    "name": ("name", _t.to_str, None),
    "type": ("type_", _t.to_str, None),
    "cookies_ttl": ("cookies_ttl", _t.to_int, None),
    "state": ("state", _t.to_str, None),
    "cost_type": ("cost_type", _t.to_str, None),
    "cost_value": ("cost_value", _t.to_float, None),
    "cost_currency": ("cost_currency", _t.nullable(_t.to_str), None),
    "cost_auto": ("cost_auto", _t.to_bool, None),
    "group_id": ("group_id", _t.nullable(_t.to_int), None),
    "bind_visitors": ("bind_visitors", _t.to_str, None),
    "traffic_source_id": ("traffic_source_id", _t.nullable(_t.to_int), None),
    "parameters": ("parameters", _t.model(SourceParameters, nullable=True), SourceParameters.from_dict),
    "token": ("token", _t.to_str, None),
    "domain_id": ("domain_id", _t.nullable(_t.to_int), None),
    "postbacks": ("postbacks", _t.list_of(_t.model(S2SPostback)), None),
    "notes": ("notes", _t.nullable(_t.to_str), None),
}
