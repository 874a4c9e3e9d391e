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

T = TypeVar("T", bound="StreamUpdate")

_KNOWN: frozenset[str] = frozenset(
    (
        "campaign_id",
        "type",
        "name",
        "position",
        "weight",
        "action_options",
        "comments",
        "state",
        "action_type",
        "action_payload",
        "schema",
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
class StreamUpdate:
    """Fields accepted when changing a flow. Whether the tracker treats an update as partial or as a full replacement of
    `filters`, `offers` and `landings` is not documented; send complete lists.

        Attributes:
            campaign_id (int | Unset): Id of the campaign.
            type_ (StreamUpdateType | Unset): Kind of flow.
            name (str | Unset): Must hold a non-space character. Keitaro's document marks the field required but does not
                say blank text is refused; the fake refuses it as a tracker is assumed to (G).
            position (int | Unset): Order in its list.
            weight (float | Unset): Share of traffic when the campaign picks flows by weight.
            action_options (None | StreamUpdateActionOptionsType0 | Unset): Options of the action (an object; depends on
                `action_type`).
            comments (None | str | Unset): Free text comments.
            state (StreamUpdateState | Unset): New state.
            action_type (str | Unset): Action key, one of those `GET /streams_actions` lists.
            action_payload (None | str | StreamUpdateActionPayloadType1 | Unset): Target of the action (URL, text...). Not
                in Keitaro's published write schema, but clients send it and the tracker stores it on update; whether create
                keeps it is unverified.
            schema (StreamUpdateSchema | Unset): How the flow answers.
            collect_clicks (bool | Unset): Store clicks of this flow.
            filter_or (bool | Unset): Match when any filter matches instead of all.
            offer_selection (str | Unset): When the offer is chosen, e.g. `before_click` (observed in real clients).
            filters (list[StreamFilterRuleInput] | Unset): Filters, each a rule object; see the item schema.
            triggers (list[TriggerInput] | Unset): Triggers of the flow; see the item schema.
            landings (list[StreamLandingInput] | Unset): Landing pages of the flow with their shares.
            offers (list[StreamOfferInput] | Unset): Offers of the flow with their shares (percent, integers).
    """

    campaign_id: int | Unset = UNSET
    type_: StreamUpdateType | Unset = UNSET
    name: str | Unset = UNSET
    position: int | Unset = UNSET
    weight: float | Unset = UNSET
    action_options: None | StreamUpdateActionOptionsType0 | Unset = UNSET
    comments: None | str | Unset = UNSET
    state: StreamUpdateState | Unset = UNSET
    action_type: str | Unset = UNSET
    action_payload: None | str | StreamUpdateActionPayloadType1 | Unset = UNSET
    schema: StreamUpdateSchema | Unset = UNSET
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
        "position": "position",
        "weight": "weight",
        "action_options": "action_options",
        "comments": "comments",
        "state": "state",
        "action_type": "action_type",
        "action_payload": "action_payload",
        "schema": "schema",
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
        if v is not UNSET:
            field_dict["campaign_id"] = v
        v = self.type_
        if v is not UNSET:
            field_dict["type"] = v
        v = self.name
        if v is not UNSET:
            field_dict["name"] = v
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
        v = self.action_type
        if v is not UNSET:
            field_dict["action_type"] = v
        v = self.action_payload
        if v is not UNSET:
            field_dict["action_payload"] = _t.encode(v)
        v = self.schema
        if v is not UNSET:
            field_dict["schema"] = v
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
            raise _t.not_an_object(src_dict, "StreamUpdate")
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
        if cls is not StreamUpdate and cls.__init__ is not _INIT:
            return _t.rebuilt(cls, obj, StreamUpdate._fields.values())
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


_INIT = StreamUpdate.__init__

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
# Many optional fields, few sent: decode the keys present instead of looking up every field.
# Each key: (attribute, decoder, the nested model's from_dict when the field is a model, else None).
_SPARSE: dict[str, tuple[str, _t.Decoder, _t.Decoder | None]] = {
    "campaign_id": ("campaign_id", _t.to_int, None),
    "type": ("type_", _t.to_str, None),
    "name": ("name", _t.to_str, None),
    "position": ("position", _t.to_int, None),
    "weight": ("weight", _t.to_float, None),
    "action_options": (
        "action_options",
        _t.model(StreamUpdateActionOptionsType0, nullable=True),
        StreamUpdateActionOptionsType0.from_dict,
    ),
    "comments": ("comments", _t.nullable(_t.to_str), None),
    "state": ("state", _t.to_str, None),
    "action_type": ("action_type", _t.to_str, None),
    "action_payload": (
        "action_payload",
        _t.one_of(
            _t.to_str,
            _t.model(StreamUpdateActionPayloadType1),
            _t.to_none,
        ),
        None,
    ),
    "schema": ("schema", _t.to_str, None),
    "collect_clicks": ("collect_clicks", _t.to_bool, None),
    "filter_or": ("filter_or", _t.to_bool, None),
    "offer_selection": ("offer_selection", _t.to_str, None),
    "filters": ("filters", _t.list_of(_t.model(StreamFilterRuleInput)), None),
    "triggers": ("triggers", _t.list_of(_t.model(TriggerInput)), None),
    "landings": ("landings", _t.list_of(_t.model(StreamLandingInput)), None),
    "offers": ("offers", _t.list_of(_t.model(StreamOfferInput)), None),
}
