from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="Stream")

_KNOWN: frozenset[str] = frozenset(
    (
        "id",
        "type",
        "name",
        "campaign_id",
        "position",
        "weight",
        "state",
        "action_type",
        "schema",
        "collect_clicks",
        "filter_or",
        "filters",
        "triggers",
        "landings",
        "offers",
        "action_options",
        "comments",
        "updated_at",
        "action_payload",
        "offer_selection",
    )
)
_new = object.__new__


@_attrs_define
class Stream:
    """A flow (Keitaro's API calls flows streams) as the tracker returns it. Fields in `required` are in every answer.
    Evidence - the 2022 document lists them on its read schema, and the answer samples public clients show carry them
    all (ysomad/keitaro README); medium confidence. The other fields may be absent; trimmed answers for keys with
    restricted rights are reported but unverified.

        Attributes:
            id (int):
            type_ (str): `forced`, `regular` or `default`.
            name (str): Display name.
            campaign_id (int): Id of the campaign.
            position (int): Order inside the campaign.
            weight (float): Share of traffic when the campaign picks flows by weight.
            state (str): `active`, `disabled` or `deleted` (archived).
            action_type (str): What the flow does, e.g. `http` (redirect) or `show_html`.
            schema (str): `landings`, `redirect` or `action`.
            collect_clicks (bool): Store clicks of this flow.
            filter_or (bool): Match when any filter matches instead of all.
            filters (list[StreamFilterRule]): Filters, each a rule object; see the item schema.
            triggers (list[Trigger]): Triggers of the flow; see the item schema.
            landings (list[StreamLanding]): Landing pages of the flow with their shares.
            offers (list[StreamOffer]): Offers of the flow with their shares (percent, integers).
            action_options (None | StreamActionOptionsType0 | Unset): Options of the action.
            comments (None | str | Unset): Free text comments.
            updated_at (datetime.datetime | Unset): When the tracker recorded it, in the tracker's local time zone (read as
                a naive datetime). Trackers print `YYYY-MM-DD HH:MM:SS`, not RFC 3339: the 2022 document types it as a plain
                string, and the same format is what public clients read in report datetimes (medium confidence); ISO 8601 is
                read too.
            action_payload (None | str | StreamActionPayloadType1 | Unset): What the action uses: a URL, a page body or a
                settings object, depending on `action_type`.
            offer_selection (str | Unset): When the offer is chosen, e.g. `before_click`. Returned by newer trackers.
    """

    id: int
    type_: str
    name: str
    campaign_id: int
    position: int
    weight: float
    state: str
    action_type: str
    schema: str
    collect_clicks: bool
    filter_or: bool
    filters: list[StreamFilterRule]
    triggers: list[Trigger]
    landings: list[StreamLanding]
    offers: list[StreamOffer]
    action_options: None | StreamActionOptionsType0 | Unset = UNSET
    comments: None | str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    action_payload: None | str | StreamActionPayloadType1 | Unset = UNSET
    offer_selection: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _fields: ClassVar[dict[str, str]] = {
        "id": "id",
        "type": "type_",
        "name": "name",
        "campaign_id": "campaign_id",
        "position": "position",
        "weight": "weight",
        "state": "state",
        "action_type": "action_type",
        "schema": "schema",
        "collect_clicks": "collect_clicks",
        "filter_or": "filter_or",
        "filters": "filters",
        "triggers": "triggers",
        "landings": "landings",
        "offers": "offers",
        "action_options": "action_options",
        "comments": "comments",
        "updated_at": "updated_at",
        "action_payload": "action_payload",
        "offer_selection": "offer_selection",
    }

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form: unset fields left out, timestamps as `YYYY-MM-DD HH:MM:SS`."""
        v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        v = self.id
        field_dict["id"] = v
        v = self.type_
        field_dict["type"] = v
        v = self.name
        field_dict["name"] = v
        v = self.campaign_id
        field_dict["campaign_id"] = v
        v = self.position
        field_dict["position"] = v
        v = self.weight
        field_dict["weight"] = v
        v = self.state
        field_dict["state"] = v
        v = self.action_type
        field_dict["action_type"] = v
        v = self.schema
        field_dict["schema"] = v
        v = self.collect_clicks
        field_dict["collect_clicks"] = v
        v = self.filter_or
        field_dict["filter_or"] = v
        v = self.filters
        field_dict["filters"] = _t.encode(v)
        v = self.triggers
        field_dict["triggers"] = _t.encode(v)
        v = self.landings
        field_dict["landings"] = _t.encode(v)
        v = self.offers
        field_dict["offers"] = _t.encode(v)
        v = self.action_options
        if v is not UNSET:
            field_dict["action_options"] = _t.encode(v)
        v = self.comments
        if v is not UNSET:
            field_dict["comments"] = v
        v = self.updated_at
        if v is not UNSET:
            field_dict["updated_at"] = _t.encode(v)
        v = self.action_payload
        if v is not UNSET:
            field_dict["action_payload"] = _t.encode(v)
        v = self.offer_selection
        if v is not UNSET:
            field_dict["offer_selection"] = v
        return field_dict

    def to_json(self, **options: Any) -> str:
        """`to_dict()` as a JSON string; options go to `json.dumps`."""
        return _t.to_json(self, **options)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON; raises `DecodeError` naming the first field that does not fit."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _t.not_an_object(src_dict, "Stream")
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
        v = get("campaign_id", UNSET)
        if type(v) is not int:
            if v is UNSET:
                raise _t.missing("campaign_id", src_dict, cls._fields)
            v = _t.decode_field(_t.to_int, v, "campaign_id")
        obj.campaign_id = v
        v = get("position", UNSET)
        if type(v) is not int:
            if v is UNSET:
                raise _t.missing("position", src_dict, cls._fields)
            v = _t.decode_field(_t.to_int, v, "position")
        obj.position = v
        v = get("weight", UNSET)
        if type(v) is not float:
            if v is UNSET:
                raise _t.missing("weight", src_dict, cls._fields)
            v = _t.decode_field(_t.to_float, v, "weight")
        obj.weight = v
        v = get("state", UNSET)
        if type(v) is not str:
            if v is UNSET:
                raise _t.missing("state", src_dict, cls._fields)
            v = _t.decode_field(_t.to_str, v, "state")
        obj.state = v
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
        v = get("collect_clicks", UNSET)
        if type(v) is not bool:
            if v is UNSET:
                raise _t.missing("collect_clicks", src_dict, cls._fields)
            v = _t.decode_field(_t.to_bool, v, "collect_clicks")
        obj.collect_clicks = v
        v = get("filter_or", UNSET)
        if type(v) is not bool:
            if v is UNSET:
                raise _t.missing("filter_or", src_dict, cls._fields)
            v = _t.decode_field(_t.to_bool, v, "filter_or")
        obj.filter_or = v
        v = get("filters", UNSET)
        if type(v) is list:
            raw = v
            try:
                v = list(map(StreamFilterRule.from_dict, raw))
            except _t.DecodeError:
                v = UNSET  # decoded again below (outside this handler), for the error with the item's index
            if v is UNSET:
                v = _t.decode_field(_DEC_filters, raw, "filters")
        elif v is UNSET:
            raise _t.missing("filters", src_dict, cls._fields)
        else:
            try:
                v = _DEC_filters(v)
            except _t.DecodeError as exc:
                raise exc.at("filters") from None
        obj.filters = v
        v = get("triggers", UNSET)
        if type(v) is list:
            raw = v
            try:
                v = list(map(Trigger.from_dict, raw))
            except _t.DecodeError:
                v = UNSET  # decoded again below (outside this handler), for the error with the item's index
            if v is UNSET:
                v = _t.decode_field(_DEC_triggers, raw, "triggers")
        elif v is UNSET:
            raise _t.missing("triggers", src_dict, cls._fields)
        else:
            try:
                v = _DEC_triggers(v)
            except _t.DecodeError as exc:
                raise exc.at("triggers") from None
        obj.triggers = v
        v = get("landings", UNSET)
        if type(v) is list:
            raw = v
            try:
                v = list(map(StreamLanding.from_dict, raw))
            except _t.DecodeError:
                v = UNSET  # decoded again below (outside this handler), for the error with the item's index
            if v is UNSET:
                v = _t.decode_field(_DEC_landings, raw, "landings")
        elif v is UNSET:
            raise _t.missing("landings", src_dict, cls._fields)
        else:
            try:
                v = _DEC_landings(v)
            except _t.DecodeError as exc:
                raise exc.at("landings") from None
        obj.landings = v
        v = get("offers", UNSET)
        if type(v) is list:
            raw = v
            try:
                v = list(map(StreamOffer.from_dict, raw))
            except _t.DecodeError:
                v = UNSET  # decoded again below (outside this handler), for the error with the item's index
            if v is UNSET:
                v = _t.decode_field(_DEC_offers, raw, "offers")
        elif v is UNSET:
            raise _t.missing("offers", src_dict, cls._fields)
        else:
            try:
                v = _DEC_offers(v)
            except _t.DecodeError as exc:
                raise exc.at("offers") from None
        obj.offers = v
        v = get("action_options", UNSET)
        if type(v) is dict:
            try:
                v = StreamActionOptionsType0.from_dict(v)
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
        v = get("updated_at", UNSET)
        if type(v) is str:
            raw = v
            try:
                v = _t.datetime_from_text(raw.strip())
            except ValueError:
                v = UNSET  # the decoder below (outside this handler) raises the field's DecodeError
            if v is UNSET:
                v = _t.decode_field(_DEC_updated_at, raw, "updated_at")
        elif v is not UNSET:
            try:
                v = _DEC_updated_at(v)
            except _t.DecodeError as exc:
                raise exc.at("updated_at") from None
        obj.updated_at = v
        v = get("action_payload", UNSET)
        if v is not UNSET:
            try:
                v = _DEC_action_payload(v)
            except _t.DecodeError as exc:
                raise exc.at("action_payload") from None
        obj.action_payload = v
        v = get("offer_selection", UNSET)
        if type(v) is not str and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "offer_selection")
        obj.offer_selection = v
        obj.additional_properties = (
            {} if _KNOWN.issuperset(src_dict) else {key: value for key, value in src_dict.items() if key not in _KNOWN}
        )
        if cls is not Stream and cls.__init__ is not _INIT:
            return _t.rebuilt(cls, obj, Stream._fields.values())
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


_INIT = Stream.__init__

# Models named by fields, imported after the class so that models that refer to each other import
# (each finds the other's class already defined); from_dict calls them directly.
from ..models.stream_action_options_type_0 import StreamActionOptionsType0  # noqa: E402
from ..models.stream_action_payload_type_1 import StreamActionPayloadType1  # noqa: E402
from ..models.stream_filter_rule import StreamFilterRule  # noqa: E402
from ..models.stream_landing import StreamLanding  # noqa: E402
from ..models.stream_offer import StreamOffer  # noqa: E402
from ..models.trigger import Trigger  # noqa: E402

# Field decoders, made once; after the imports above, as they call the nested models' classes.
_DEC_filters = _t.list_of(_t.model(StreamFilterRule))
_DEC_triggers = _t.list_of(_t.model(Trigger))
_DEC_landings = _t.list_of(_t.model(StreamLanding))
_DEC_offers = _t.list_of(_t.model(StreamOffer))
_DEC_action_options = _t.model(StreamActionOptionsType0)
_DEC_updated_at = _t.to_datetime
_DEC_action_payload = _t.one_of(
    _t.to_str,
    _t.model(StreamActionPayloadType1),
    _t.to_none,
)
