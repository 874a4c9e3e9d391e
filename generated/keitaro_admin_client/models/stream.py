from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stream_action_options_type_0 import StreamActionOptionsType0
    from ..models.stream_action_payload_type_1 import StreamActionPayloadType1
    from ..models.stream_filter_rule import StreamFilterRule
    from ..models.stream_landing import StreamLanding
    from ..models.stream_offer import StreamOffer
    from ..models.trigger import Trigger


T = TypeVar("T", bound="Stream")


@_attrs_define
class Stream:
    """A flow (Keitaro's API calls flows streams) as the tracker returns it.

    Attributes:
        id (int):
        type_ (str | Unset): `forced`, `regular` or `default`.
        name (str | Unset):
        campaign_id (int | Unset):
        position (int | Unset): Order inside the campaign.
        weight (float | Unset): Share of traffic when the campaign picks flows by weight.
        action_options (None | StreamActionOptionsType0 | Unset): Options of the action.
        comments (None | str | Unset):
        state (str | Unset): `active`, `disabled` or `deleted` (archived).
        updated_at (str | Unset): Timestamp as the tracker prints it, usually `YYYY-MM-DD HH:MM:SS` in the tracker's
            time zone.
        action_type (str | Unset): What the flow does, e.g. `http` (redirect) or `show_html`.
        action_payload (None | str | StreamActionPayloadType1 | Unset): What the action uses: a URL, a page body or a
            settings object, depending on `action_type`.
        schema (str | Unset): `landings`, `redirect` or `action`.
        collect_clicks (bool | Unset): Store clicks of this flow.
        filter_or (bool | Unset): Match when any filter matches instead of all.
        offer_selection (str | Unset): When the offer is chosen, e.g. `before_click`. Returned by newer trackers.
        filters (list[StreamFilterRule] | Unset):
        triggers (list[Trigger] | Unset):
        landings (list[StreamLanding] | Unset):
        offers (list[StreamOffer] | Unset):
    """

    id: int
    type_: str | Unset = UNSET
    name: str | Unset = UNSET
    campaign_id: int | Unset = UNSET
    position: int | Unset = UNSET
    weight: float | Unset = UNSET
    action_options: None | StreamActionOptionsType0 | Unset = UNSET
    comments: None | str | Unset = UNSET
    state: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    action_type: str | Unset = UNSET
    action_payload: None | str | StreamActionPayloadType1 | Unset = UNSET
    schema: str | Unset = UNSET
    collect_clicks: bool | Unset = UNSET
    filter_or: bool | Unset = UNSET
    offer_selection: str | Unset = UNSET
    filters: list[StreamFilterRule] | Unset = UNSET
    triggers: list[Trigger] | Unset = UNSET
    landings: list[StreamLanding] | Unset = UNSET
    offers: list[StreamOffer] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.stream_action_options_type_0 import StreamActionOptionsType0  # noqa: PLC0415
        from ..models.stream_action_payload_type_1 import StreamActionPayloadType1  # noqa: PLC0415

        id = self.id

        type_ = self.type_

        name = self.name

        campaign_id = self.campaign_id

        position = self.position

        weight = self.weight

        action_options: dict[str, Any] | None | Unset
        if isinstance(self.action_options, Unset):
            action_options = UNSET
        elif isinstance(self.action_options, StreamActionOptionsType0):
            action_options = self.action_options.to_dict()
        else:
            action_options = self.action_options

        comments: None | str | Unset
        if isinstance(self.comments, Unset):
            comments = UNSET
        else:
            comments = self.comments

        state = self.state

        updated_at = self.updated_at

        action_type = self.action_type

        action_payload: dict[str, Any] | None | str | Unset
        if isinstance(self.action_payload, Unset):
            action_payload = UNSET
        elif isinstance(self.action_payload, StreamActionPayloadType1):
            action_payload = self.action_payload.to_dict()
        else:
            action_payload = self.action_payload

        schema = self.schema

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
                "id": id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
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
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if action_type is not UNSET:
            field_dict["action_type"] = action_type
        if action_payload is not UNSET:
            field_dict["action_payload"] = action_payload
        if schema is not UNSET:
            field_dict["schema"] = schema
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
        from ..models.stream_action_options_type_0 import StreamActionOptionsType0  # noqa: PLC0415
        from ..models.stream_action_payload_type_1 import StreamActionPayloadType1  # noqa: PLC0415
        from ..models.stream_filter_rule import StreamFilterRule  # noqa: PLC0415
        from ..models.stream_landing import StreamLanding  # noqa: PLC0415
        from ..models.stream_offer import StreamOffer  # noqa: PLC0415
        from ..models.trigger import Trigger  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = d.pop("type", UNSET)

        name = d.pop("name", UNSET)

        campaign_id = d.pop("campaign_id", UNSET)

        position = d.pop("position", UNSET)

        weight = d.pop("weight", UNSET)

        def _parse_action_options(data: object) -> None | StreamActionOptionsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                action_options_type_0 = StreamActionOptionsType0.from_dict(data)

                return action_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StreamActionOptionsType0 | Unset, data)

        action_options = _parse_action_options(d.pop("action_options", UNSET))

        def _parse_comments(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        comments = _parse_comments(d.pop("comments", UNSET))

        state = d.pop("state", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        action_type = d.pop("action_type", UNSET)

        def _parse_action_payload(data: object) -> None | str | StreamActionPayloadType1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                action_payload_type_1 = StreamActionPayloadType1.from_dict(data)

                return action_payload_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str | StreamActionPayloadType1 | Unset, data)

        action_payload = _parse_action_payload(d.pop("action_payload", UNSET))

        schema = d.pop("schema", UNSET)

        collect_clicks = d.pop("collect_clicks", UNSET)

        filter_or = d.pop("filter_or", UNSET)

        offer_selection = d.pop("offer_selection", UNSET)

        _filters = d.pop("filters", UNSET)
        filters: list[StreamFilterRule] | Unset = UNSET
        if _filters is not UNSET:
            filters = []
            for filters_item_data in _filters:
                filters_item = StreamFilterRule.from_dict(filters_item_data)

                filters.append(filters_item)

        _triggers = d.pop("triggers", UNSET)
        triggers: list[Trigger] | Unset = UNSET
        if _triggers is not UNSET:
            triggers = []
            for triggers_item_data in _triggers:
                triggers_item = Trigger.from_dict(triggers_item_data)

                triggers.append(triggers_item)

        _landings = d.pop("landings", UNSET)
        landings: list[StreamLanding] | Unset = UNSET
        if _landings is not UNSET:
            landings = []
            for landings_item_data in _landings:
                landings_item = StreamLanding.from_dict(landings_item_data)

                landings.append(landings_item)

        _offers = d.pop("offers", UNSET)
        offers: list[StreamOffer] | Unset = UNSET
        if _offers is not UNSET:
            offers = []
            for offers_item_data in _offers:
                offers_item = StreamOffer.from_dict(offers_item_data)

                offers.append(offers_item)

        stream = cls(
            id=id,
            type_=type_,
            name=name,
            campaign_id=campaign_id,
            position=position,
            weight=weight,
            action_options=action_options,
            comments=comments,
            state=state,
            updated_at=updated_at,
            action_type=action_type,
            action_payload=action_payload,
            schema=schema,
            collect_clicks=collect_clicks,
            filter_or=filter_or,
            offer_selection=offer_selection,
            filters=filters,
            triggers=triggers,
            landings=landings,
            offers=offers,
        )

        stream.additional_properties = d
        return stream

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
