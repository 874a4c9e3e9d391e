from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stream_update_schema import StreamUpdateSchema, check_stream_update_schema
from ..models.stream_update_state import StreamUpdateState, check_stream_update_state
from ..models.stream_update_type import StreamUpdateType, check_stream_update_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stream_filter_rule_input import StreamFilterRuleInput
    from ..models.stream_landing_input import StreamLandingInput
    from ..models.stream_offer_input import StreamOfferInput
    from ..models.stream_update_action_options_type_0 import StreamUpdateActionOptionsType0
    from ..models.stream_update_action_payload_type_1 import StreamUpdateActionPayloadType1
    from ..models.trigger_input import TriggerInput


T = TypeVar("T", bound="StreamCreate")


@_attrs_define
class StreamCreate:
    """Fields accepted when creating a flow.

    Attributes:
        campaign_id (int):
        type_ (StreamUpdateType): Kind of flow.
        name (str): Must hold a non-space character. Keitaro's document marks the field required but does not say blank
            text is refused; the fake refuses it as a tracker is assumed to (G).
        action_type (str): Action key, one of those `GET /streams_actions` lists.
        schema (StreamUpdateSchema): How the flow answers.
        position (int | Unset):
        weight (float | Unset):
        action_options (None | StreamUpdateActionOptionsType0 | Unset):
        comments (None | str | Unset):
        state (StreamUpdateState | Unset): New state.
        action_payload (None | str | StreamUpdateActionPayloadType1 | Unset): Target of the action (URL, text...). Not
            in Keitaro's published write schema, but clients send it and the tracker stores it on update; whether create
            keeps it is unverified.
        collect_clicks (bool | Unset):
        filter_or (bool | Unset):
        offer_selection (str | Unset): When the offer is chosen, e.g. `before_click` (observed in real clients).
        filters (list[StreamFilterRuleInput] | Unset):
        triggers (list[TriggerInput] | Unset):
        landings (list[StreamLandingInput] | Unset):
        offers (list[StreamOfferInput] | Unset):
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

    def to_dict(self) -> dict[str, Any]:
        from ..models.stream_update_action_options_type_0 import StreamUpdateActionOptionsType0  # noqa: PLC0415
        from ..models.stream_update_action_payload_type_1 import StreamUpdateActionPayloadType1  # noqa: PLC0415

        campaign_id = self.campaign_id

        type_: str = self.type_

        name = self.name

        action_type = self.action_type

        schema: str = self.schema

        position = self.position

        weight = self.weight

        action_options: dict[str, Any] | None | Unset
        if isinstance(self.action_options, Unset):
            action_options = UNSET
        elif isinstance(self.action_options, StreamUpdateActionOptionsType0):
            action_options = self.action_options.to_dict()
        else:
            action_options = self.action_options

        comments: None | str | Unset
        if isinstance(self.comments, Unset):
            comments = UNSET
        else:
            comments = self.comments

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state

        action_payload: dict[str, Any] | None | str | Unset
        if isinstance(self.action_payload, Unset):
            action_payload = UNSET
        elif isinstance(self.action_payload, StreamUpdateActionPayloadType1):
            action_payload = self.action_payload.to_dict()
        else:
            action_payload = self.action_payload

        collect_clicks = self.collect_clicks

        filter_or = self.filter_or

        offer_selection = self.offer_selection

        filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = []
            for filters_item_data in self.filters:
                filters_item = filters_item_data.to_dict()
                filters.append(filters_item)

        triggers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.triggers, Unset):
            triggers = []
            for triggers_item_data in self.triggers:
                triggers_item = triggers_item_data.to_dict()
                triggers.append(triggers_item)

        landings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.landings, Unset):
            landings = []
            for landings_item_data in self.landings:
                landings_item = landings_item_data.to_dict()
                landings.append(landings_item)

        offers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.offers, Unset):
            offers = []
            for offers_item_data in self.offers:
                offers_item = offers_item_data.to_dict()
                offers.append(offers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaign_id": campaign_id,
                "type": type_,
                "name": name,
                "action_type": action_type,
                "schema": schema,
            }
        )
        if position is not UNSET:
            field_dict["position"] = position
        if weight is not UNSET:
            field_dict["weight"] = weight
        if action_options is not UNSET:
            field_dict["action_options"] = action_options
        if comments is not UNSET:
            field_dict["comments"] = comments
        if state is not UNSET:
            field_dict["state"] = state
        if action_payload is not UNSET:
            field_dict["action_payload"] = action_payload
        if collect_clicks is not UNSET:
            field_dict["collect_clicks"] = collect_clicks
        if filter_or is not UNSET:
            field_dict["filter_or"] = filter_or
        if offer_selection is not UNSET:
            field_dict["offer_selection"] = offer_selection
        if filters is not UNSET:
            field_dict["filters"] = filters
        if triggers is not UNSET:
            field_dict["triggers"] = triggers
        if landings is not UNSET:
            field_dict["landings"] = landings
        if offers is not UNSET:
            field_dict["offers"] = offers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.stream_filter_rule_input import StreamFilterRuleInput  # noqa: PLC0415
        from ..models.stream_landing_input import StreamLandingInput  # noqa: PLC0415
        from ..models.stream_offer_input import StreamOfferInput  # noqa: PLC0415
        from ..models.stream_update_action_options_type_0 import StreamUpdateActionOptionsType0  # noqa: PLC0415
        from ..models.stream_update_action_payload_type_1 import StreamUpdateActionPayloadType1  # noqa: PLC0415
        from ..models.trigger_input import TriggerInput  # noqa: PLC0415

        d = dict(src_dict)
        campaign_id = d.pop("campaign_id")

        type_ = check_stream_update_type(d.pop("type"))

        name = d.pop("name")

        action_type = d.pop("action_type")

        schema = check_stream_update_schema(d.pop("schema"))

        position = d.pop("position", UNSET)

        weight = d.pop("weight", UNSET)

        def _parse_action_options(data: object) -> None | StreamUpdateActionOptionsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                action_options_type_0 = StreamUpdateActionOptionsType0.from_dict(data)

                return action_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StreamUpdateActionOptionsType0 | Unset, data)

        action_options = _parse_action_options(d.pop("action_options", UNSET))

        def _parse_comments(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        comments = _parse_comments(d.pop("comments", UNSET))

        _state = d.pop("state", UNSET)
        state: StreamUpdateState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = check_stream_update_state(_state)

        def _parse_action_payload(data: object) -> None | str | StreamUpdateActionPayloadType1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                action_payload_type_1 = StreamUpdateActionPayloadType1.from_dict(data)

                return action_payload_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str | StreamUpdateActionPayloadType1 | Unset, data)

        action_payload = _parse_action_payload(d.pop("action_payload", UNSET))

        collect_clicks = d.pop("collect_clicks", UNSET)

        filter_or = d.pop("filter_or", UNSET)

        offer_selection = d.pop("offer_selection", UNSET)

        _filters = d.pop("filters", UNSET)
        filters: list[StreamFilterRuleInput] | Unset = UNSET
        if _filters is not UNSET:
            filters = []
            for filters_item_data in _filters:
                filters_item = StreamFilterRuleInput.from_dict(filters_item_data)

                filters.append(filters_item)

        _triggers = d.pop("triggers", UNSET)
        triggers: list[TriggerInput] | Unset = UNSET
        if _triggers is not UNSET:
            triggers = []
            for triggers_item_data in _triggers:
                triggers_item = TriggerInput.from_dict(triggers_item_data)

                triggers.append(triggers_item)

        _landings = d.pop("landings", UNSET)
        landings: list[StreamLandingInput] | Unset = UNSET
        if _landings is not UNSET:
            landings = []
            for landings_item_data in _landings:
                landings_item = StreamLandingInput.from_dict(landings_item_data)

                landings.append(landings_item)

        _offers = d.pop("offers", UNSET)
        offers: list[StreamOfferInput] | Unset = UNSET
        if _offers is not UNSET:
            offers = []
            for offers_item_data in _offers:
                offers_item = StreamOfferInput.from_dict(offers_item_data)

                offers.append(offers_item)

        stream_create = cls(
            campaign_id=campaign_id,
            type_=type_,
            name=name,
            action_type=action_type,
            schema=schema,
            position=position,
            weight=weight,
            action_options=action_options,
            comments=comments,
            state=state,
            action_payload=action_payload,
            collect_clicks=collect_clicks,
            filter_or=filter_or,
            offer_selection=offer_selection,
            filters=filters,
            triggers=triggers,
            landings=landings,
            offers=offers,
        )

        stream_create.additional_properties = d
        return stream_create

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
