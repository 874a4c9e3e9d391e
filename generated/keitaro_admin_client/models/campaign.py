from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..models.campaign_bind_visitors import CampaignBindVisitors
from ..models.campaign_cost_type import CampaignCostType
from ..models.campaign_state import CampaignState
from ..models.campaign_type import CampaignType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.s2s_postback import S2SPostback
    from ..models.source_parameters import SourceParameters


T = TypeVar("T", bound="Campaign")

_DEC_cost_currency = _t.nullable(_t.to_str)
_DEC_group_id = _t.nullable(_t.to_int)
_DEC_traffic_source_id = _t.nullable(_t.to_int)
_DEC_parameters = _t.nullable(_t.model_of(__package__, "source_parameters", "SourceParameters"))
_DEC_postbacks = _t.list_of(_t.model_of(__package__, "s2s_postback", "S2SPostback"))
_DEC_notes = _t.nullable(_t.to_str)


@_attrs_define
class Campaign:
    """A campaign as the tracker returns it.

    Attributes:
        id (int):
        alias (str | Unset): Short name used in the campaign URL; unique per tracker.
        name (str | Unset): Display name.
        type_ (CampaignType | Unset): How flows are picked: by position or by weight.
        cookies_ttl (int | Unset): How long, in hours, a visitor stays bound to this campaign.
        position (int | Unset): Order in the campaign list.
        state (CampaignState | Unset): `deleted` means archived.
        cost_type (CampaignCostType | Unset): Cost model of the campaign.
        cost_value (float | Unset): Cost per unit of `cost_type`.
        cost_currency (None | str | Unset): ISO 4217 currency code of the cost.
        cost_auto (bool | Unset): Take the cost from the traffic source's `cost` parameter instead of `cost_value`.
        group_id (int | None | Unset): Campaign group, or null.
        bind_visitors (CampaignBindVisitors | Unset): Binds returning visitors to the same flow (`s`), flow and landing
            (`sl`) or flow, landing and offer (`slo`). Null when binding is off.
        traffic_source_id (int | None | Unset): Traffic source the campaign buys from.
        token (str | Unset): Click API token of the campaign. Treat it as a secret.
        parameters (None | SourceParameters | Unset): How incoming query parameters map onto tracker fields.
        postbacks (list[S2SPostback] | Unset): Server-to-server postbacks fired on conversions.
        notes (None | str | Unset): Free text notes.
        created_at (str | Unset): Timestamp as the tracker prints it, usually `YYYY-MM-DD HH:MM:SS` in the tracker's
            time zone.
        updated_at (str | Unset): Timestamp as the tracker prints it, usually `YYYY-MM-DD HH:MM:SS` in the tracker's
            time zone.
    """

    id: int
    alias: str | Unset = UNSET
    name: str | Unset = UNSET
    type_: CampaignType | Unset = UNSET
    cookies_ttl: int | Unset = UNSET
    position: int | Unset = UNSET
    state: CampaignState | Unset = UNSET
    cost_type: CampaignCostType | Unset = UNSET
    cost_value: float | Unset = UNSET
    cost_currency: None | str | Unset = UNSET
    cost_auto: bool | Unset = UNSET
    group_id: int | None | Unset = UNSET
    bind_visitors: CampaignBindVisitors | Unset = UNSET
    traffic_source_id: int | None | Unset = UNSET
    token: str | Unset = UNSET
    parameters: None | SourceParameters | Unset = UNSET
    postbacks: list[S2SPostback] | Unset = UNSET
    notes: None | str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
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
        "cost_currency": "cost_currency",
        "cost_auto": "cost_auto",
        "group_id": "group_id",
        "bind_visitors": "bind_visitors",
        "traffic_source_id": "traffic_source_id",
        "token": "token",
        "parameters": "parameters",
        "postbacks": "postbacks",
        "notes": "notes",
        "created_at": "created_at",
        "updated_at": "updated_at",
    }

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form: unset fields left out, timestamps as `YYYY-MM-DD HH:MM:SS`."""
        v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        v = self.id
        field_dict["id"] = v
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
        v = self.position
        if v is not UNSET:
            field_dict["position"] = v
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
        v = self.token
        if v is not UNSET:
            field_dict["token"] = v
        v = self.parameters
        if v is not UNSET:
            field_dict["parameters"] = _t.encode(v)
        v = self.postbacks
        if v is not UNSET:
            field_dict["postbacks"] = _t.encode(v)
        v = self.notes
        if v is not UNSET:
            field_dict["notes"] = v
        v = self.created_at
        if v is not UNSET:
            field_dict["created_at"] = v
        v = self.updated_at
        if v is not UNSET:
            field_dict["updated_at"] = v
        return field_dict

    def to_json(self, **options: Any) -> str:
        """`to_dict()` as a JSON string; options go to `json.dumps`."""
        return _t.to_json(self, **options)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON; raises `DecodeError` naming the first field that does not fit."""
        if not isinstance(src_dict, Mapping):
            raise _t.not_an_object(src_dict, "Campaign")
        d = dict(src_dict)
        v: Any
        v = d.pop("id", UNSET)
        if v is UNSET:
            raise _t.missing("id", src_dict, cls._fields)
        if type(v) is not int:
            v = _t.decode_field(_t.to_int, v, "id")
        id = v
        v = d.pop("alias", UNSET)
        if type(v) is not str and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "alias")
        alias = v
        v = d.pop("name", UNSET)
        if type(v) is not str and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "name")
        name = v
        v = d.pop("type", UNSET)
        if type(v) is not str and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "type")
        type_ = v
        v = d.pop("cookies_ttl", UNSET)
        if type(v) is not int and v is not UNSET:
            v = _t.decode_field(_t.to_int, v, "cookies_ttl")
        cookies_ttl = v
        v = d.pop("position", UNSET)
        if type(v) is not int and v is not UNSET:
            v = _t.decode_field(_t.to_int, v, "position")
        position = v
        v = d.pop("state", UNSET)
        if type(v) is not str and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "state")
        state = v
        v = d.pop("cost_type", UNSET)
        if type(v) is not str and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "cost_type")
        cost_type = v
        v = d.pop("cost_value", UNSET)
        if type(v) is not float and v is not UNSET:
            v = _t.decode_field(_t.to_float, v, "cost_value")
        cost_value = v
        v = d.pop("cost_currency", UNSET)
        v = _t.decode_field(_DEC_cost_currency, v, "cost_currency")
        cost_currency = v
        v = d.pop("cost_auto", UNSET)
        if type(v) is not bool and v is not UNSET:
            v = _t.decode_field(_t.to_bool, v, "cost_auto")
        cost_auto = v
        v = d.pop("group_id", UNSET)
        v = _t.decode_field(_DEC_group_id, v, "group_id")
        group_id = v
        v = d.pop("bind_visitors", UNSET)
        if type(v) is not str and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "bind_visitors")
        bind_visitors = v
        v = d.pop("traffic_source_id", UNSET)
        v = _t.decode_field(_DEC_traffic_source_id, v, "traffic_source_id")
        traffic_source_id = v
        v = d.pop("token", UNSET)
        if type(v) is not str and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "token")
        token = v
        v = d.pop("parameters", UNSET)
        v = _t.decode_field(_DEC_parameters, v, "parameters")
        parameters = v
        v = d.pop("postbacks", UNSET)
        v = _t.decode_field(_DEC_postbacks, v, "postbacks")
        postbacks = v
        v = d.pop("notes", UNSET)
        v = _t.decode_field(_DEC_notes, v, "notes")
        notes = v
        v = d.pop("created_at", UNSET)
        if type(v) is not str and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "created_at")
        created_at = v
        v = d.pop("updated_at", UNSET)
        if type(v) is not str and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "updated_at")
        updated_at = v
        campaign = cls(
            id=id,
            alias=alias,
            name=name,
            type_=type_,
            cookies_ttl=cookies_ttl,
            position=position,
            state=state,
            cost_type=cost_type,
            cost_value=cost_value,
            cost_currency=cost_currency,
            cost_auto=cost_auto,
            group_id=group_id,
            bind_visitors=bind_visitors,
            traffic_source_id=traffic_source_id,
            token=token,
            parameters=parameters,
            postbacks=postbacks,
            notes=notes,
            created_at=created_at,
            updated_at=updated_at,
        )
        campaign.additional_properties = d
        return campaign

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
