from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..models.stream_update_schema import StreamUpdateSchema
from ..models.stream_update_state import StreamUpdateState
from ..models.stream_update_type import StreamUpdateType
from ..types import UNSET, Unset

T = TypeVar("T", bound="StreamCreate")

_KNOWN: frozenset[str] = frozenset(
    (
        "campaign_id",
        "type",
        "name",
        "action_type",
        "schema",
        "position",
        "weight",
        "action_options",
        "comments",
        "state",
        "action_payload",
        "collect_clicks",
        "filter_or",
        "offer_selection",
        "filters",
        "triggers",
        "landings",
        "offers",
    )
)
_new = object.__new__


@_attrs_define
class StreamCreate:
    """Fields accepted when creating a flow.

    Attributes:
        campaign_id (int): Id of the campaign.
        type_ (StreamUpdateType): Kind of flow.
        name (str): Must hold a non-space character. Keitaro's document marks the field required but does not say blank
            text is refused; the fake refuses it as a tracker is assumed to (G).
        action_type (str): Action key, one of those `GET /streams_actions` lists.
        schema (StreamUpdateSchema): How the flow answers.
        position (int | Unset): Order in its list.
        weight (float | Unset): Share of traffic when the campaign picks flows by weight.
        action_options (None | StreamUpdateActionOptionsType0 | Unset): Options of the action (an object; depends on
            `action_type`).
        comments (None | str | Unset): Free text comments.
        state (StreamUpdateState | Unset): New state.
        action_payload (None | str | StreamUpdateActionPayloadType1 | Unset): Target of the action (URL, text...). Not
            in Keitaro's published write schema, but clients send it and the tracker stores it on update; whether create
            keeps it is unverified.
        collect_clicks (bool | Unset): Store clicks of this flow.
        filter_or (bool | Unset): Match when any filter matches instead of all.
        offer_selection (str | Unset): When the offer is chosen, e.g. `before_click` (observed in real clients).
        filters (list[StreamFilterRuleInput] | Unset): Filters, each a rule object; see the item schema.
        triggers (list[TriggerInput] | Unset): Triggers of the flow; see the item schema.
        landings (list[StreamLandingInput] | Unset): Landing pages of the flow with their shares.
        offers (list[StreamOfferInput] | Unset): Offers of the flow with their shares (percent, integers).
    """

    campaign_id: int
    type_: StreamUpdateType
    name: str
    action_type: str
    schema: StreamUpdateSchema
    position: int | Unset = UNSET
    weight: float | Unset = UNSET
    action_options: None | StreamUpdateActionOptionsType0 | Unset = UNSET
    comments: None | str | Unset = UNSET
    state: StreamUpdateState | Unset = UNSET
    action_payload: None | str | StreamUpdateActionPayloadType1 | Unset = UNSET
    collect_clicks: bool | Unset = UNSET
    filter_or: bool | Unset = UNSET
    offer_selection: str | Unset = UNSET
    filters: list[StreamFilterRuleInput] | Unset = UNSET
    triggers: list[TriggerInput] | Unset = UNSET
    landings: list[StreamLandingInput] | Unset = UNSET
    offers: list[StreamOfferInput] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _fields: ClassVar[dict[str, str]] = {
        "campaign_id": "campaign_id",
        "type": "type_",
        "name": "name",
        "action_type": "action_type",
        "schema": "schema",
        "position": "position",
        "weight": "weight",
        "action_options": "action_options",
        "comments": "comments",
        "state": "state",
        "action_payload": "action_payload",
        "collect_clicks": "collect_clicks",
        "filter_or": "filter_or",
        "offer_selection": "offer_selection",
        "filters": "filters",
        "triggers": "triggers",
        "landings": "landings",
        "offers": "offers",
    }

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form: unset fields left out, timestamps as `YYYY-MM-DD HH:MM:SS`."""
        v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        v = self.campaign_id
        field_dict["campaign_id"] = v
        v = self.type_
        field_dict["type"] = v
        v = self.name
        field_dict["name"] = v
        v = self.action_type
        field_dict["action_type"] = v
        v = self.schema
        field_dict["schema"] = v
        v = self.position
        if v is not UNSET:
            field_dict["position"] = v
        v = self.weight
        if v is not UNSET:
            field_dict["weight"] = v
        v = self.action_options
        if v is not UNSET:
            field_dict["action_options"] = _t.encode(v)
        v = self.comments
        if v is not UNSET:
            field_dict["comments"] = v
        v = self.state
        if v is not UNSET:
            field_dict["state"] = v
        v = self.action_payload
        if v is not UNSET:
            field_dict["action_payload"] = _t.encode(v)
        v = self.collect_clicks
        if v is not UNSET:
            field_dict["collect_clicks"] = v
        v = self.filter_or
        if v is not UNSET:
            field_dict["filter_or"] = v
        v = self.offer_selection
        if v is not UNSET:
            field_dict["offer_selection"] = v
        v = self.filters
        if v is not UNSET:
            field_dict["filters"] = _t.encode(v)
        v = self.triggers
        if v is not UNSET:
            field_dict["triggers"] = _t.encode(v)
        v = self.landings
        if v is not UNSET:
            field_dict["landings"] = _t.encode(v)
        v = self.offers
        if v is not UNSET:
            field_dict["offers"] = _t.encode(v)
        return field_dict

    def to_json(self, **options: Any) -> str:
        """`to_dict()` as a JSON string; options go to `json.dumps`."""
        return _t.to_json(self, **options)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON; raises `DecodeError` naming the first field that does not fit."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _t.not_an_object(src_dict, "StreamCreate")
        # Fields are set on a bare instance: the attrs __init__ would only assign them again, and a
        # call with every field as a keyword costs more than the decoding. A subclass with its own
        # __init__ still gets it called (below).
        obj = _new(cls)
        get = src_dict.get
        v: Any
        raw: Any
        v = get("campaign_id", UNSET)
        if type(v) is not int:
            if v is UNSET:
                raise _t.missing("campaign_id", src_dict, cls._fields)
            v = _t.decode_field(_t.to_int, v, "campaign_id")
        obj.campaign_id = v
        v = get("type", UNSET)
        if type(v) is not str:
            if v is UNSET:
                raise _t.missing("type", src_dict, cls._fields)
            v = _t.decode_field(_t.to_str, v, "type")
        obj.type_ = v
        v = get("name", UNSET)
        if type(v) is not str:
            if v is UNSET:
                raise _t.missing("name", src_dict, cls._fields)
            v = _t.decode_field(_t.to_str, v, "name")
        obj.name = v
        v = get("action_type", UNSET)
        if type(v) is not str:
            if v is UNSET:
                raise _t.missing("action_type", src_dict, cls._fields)
            v = _t.decode_field(_t.to_str, v, "action_type")
        obj.action_type = v
        v = get("schema", UNSET)
        if type(v) is not str:
            if v is UNSET:
                raise _t.missing("schema", src_dict, cls._fields)
            v = _t.decode_field(_t.to_str, v, "schema")
        obj.schema = v
        v = get("position", UNSET)
        if type(v) is not int and v is not UNSET:
            v = _t.decode_field(_t.to_int, v, "position")
        obj.position = v
        v = get("weight", UNSET)
        if type(v) is not float and v is not UNSET:
            v = _t.decode_field(_t.to_float, v, "weight")
        obj.weight = v
        v = get("action_options", UNSET)
        if type(v) is dict:
            try:
                v = StreamUpdateActionOptionsType0.from_dict(v)
            except _t.DecodeError as exc:
                raise exc.at("action_options") from None
        elif v is not None and v is not UNSET:
            try:
                v = _DEC_action_options(v)
            except _t.DecodeError as exc:
                raise exc.at("action_options") from None
        obj.action_options = v
        v = get("comments", UNSET)
        if type(v) is not str and v is not None and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "comments")
        obj.comments = v
        v = get("state", UNSET)
        if type(v) is not str and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "state")
        obj.state = v
        v = get("action_payload", UNSET)
        if v is not UNSET:
            try:
                v = _DEC_action_payload(v)
            except _t.DecodeError as exc:
                raise exc.at("action_payload") from None
        obj.action_payload = v
        v = get("collect_clicks", UNSET)
        if type(v) is not bool and v is not UNSET:
            v = _t.decode_field(_t.to_bool, v, "collect_clicks")
        obj.collect_clicks = v
        v = get("filter_or", UNSET)
        if type(v) is not bool and v is not UNSET:
            v = _t.decode_field(_t.to_bool, v, "filter_or")
        obj.filter_or = v
        v = get("offer_selection", UNSET)
        if type(v) is not str and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "offer_selection")
        obj.offer_selection = v
        v = get("filters", UNSET)
        if type(v) is list:
            raw = v
            try:
                v = list(map(StreamFilterRuleInput.from_dict, raw))
            except _t.DecodeError:
                v = UNSET  # decoded again below (outside this handler), for the error with the item's index
            if v is UNSET:
                v = _t.decode_field(_DEC_filters, raw, "filters")
        elif v is not UNSET:
            try:
                v = _DEC_filters(v)
            except _t.DecodeError as exc:
                raise exc.at("filters") from None
        obj.filters = v
        v = get("triggers", UNSET)
        if type(v) is list:
            raw = v
            try:
                v = list(map(TriggerInput.from_dict, raw))
            except _t.DecodeError:
                v = UNSET  # decoded again below (outside this handler), for the error with the item's index
            if v is UNSET:
                v = _t.decode_field(_DEC_triggers, raw, "triggers")
        elif v is not UNSET:
            try:
                v = _DEC_triggers(v)
            except _t.DecodeError as exc:
                raise exc.at("triggers") from None
        obj.triggers = v
        v = get("landings", UNSET)
        if type(v) is list:
            raw = v
            try:
                v = list(map(StreamLandingInput.from_dict, raw))
            except _t.DecodeError:
                v = UNSET  # decoded again below (outside this handler), for the error with the item's index
            if v is UNSET:
                v = _t.decode_field(_DEC_landings, raw, "landings")
        elif v is not UNSET:
            try:
                v = _DEC_landings(v)
            except _t.DecodeError as exc:
                raise exc.at("landings") from None
        obj.landings = v
        v = get("offers", UNSET)
        if type(v) is list:
            raw = v
            try:
                v = list(map(StreamOfferInput.from_dict, raw))
            except _t.DecodeError:
                v = UNSET  # decoded again below (outside this handler), for the error with the item's index
            if v is UNSET:
                v = _t.decode_field(_DEC_offers, raw, "offers")
        elif v is not UNSET:
            try:
                v = _DEC_offers(v)
            except _t.DecodeError as exc:
                raise exc.at("offers") from None
        obj.offers = v
        obj.additional_properties = (
            {} if _KNOWN.issuperset(src_dict) else {key: value for key, value in src_dict.items() if key not in _KNOWN}
        )
        if cls is not StreamCreate and cls.__init__ is not _INIT:
            return _t.rebuilt(cls, obj, StreamCreate._fields.values())
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


_INIT = StreamCreate.__init__

# Models named by fields, imported after the class so that models that refer to each other import
# (each finds the other's class already defined); from_dict calls them directly.
from ..models.stream_filter_rule_input import StreamFilterRuleInput  # noqa: E402
from ..models.stream_landing_input import StreamLandingInput  # noqa: E402
from ..models.stream_offer_input import StreamOfferInput  # noqa: E402
from ..models.stream_update_action_options_type_0 import StreamUpdateActionOptionsType0  # noqa: E402
from ..models.stream_update_action_payload_type_1 import StreamUpdateActionPayloadType1  # noqa: E402
from ..models.trigger_input import TriggerInput  # noqa: E402

# Field decoders, made once; after the imports above, as they call the nested models' classes.
_DEC_action_options = _t.model(StreamUpdateActionOptionsType0)
_DEC_action_payload = _t.one_of(
    _t.to_str,
    _t.model(StreamUpdateActionPayloadType1),
    _t.to_none,
)
_DEC_filters = _t.list_of(_t.model(StreamFilterRuleInput))
_DEC_triggers = _t.list_of(_t.model(TriggerInput))
_DEC_landings = _t.list_of(_t.model(StreamLandingInput))
_DEC_offers = _t.list_of(_t.model(StreamOfferInput))
