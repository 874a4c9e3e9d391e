from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.offer_update_payout_type import OfferUpdatePayoutType, check_offer_update_payout_type
from ..models.offer_update_state import OfferUpdateState, check_offer_update_state
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.offer_update_action_payload_type_1 import OfferUpdateActionPayloadType1


T = TypeVar("T", bound="OfferUpdate")


@_attrs_define
class OfferUpdate:
    """Fields accepted when changing an offer.

    Attributes:
        name (str | Unset): Must hold a non-space character. Keitaro's document marks the field required but does not
            say blank text is refused; the fake refuses it as a tracker is assumed to (G).
        group_id (int | None | Unset):
        offer_type (str | Unset): `external`, `local` or `preloaded`.
        action_type (str | Unset): How the offer opens, e.g. `http`. The offer URL goes in `action_payload`.
        action_payload (None | OfferUpdateActionPayloadType1 | str | Unset): What the action uses: a URL, a page body or
            a settings object, depending on `action_type`.
        affiliate_network_id (int | None | Unset):
        payout_value (float | Unset):
        payout_currency (str | Unset):
        payout_type (OfferUpdatePayoutType | Unset): Payout model.
        state (OfferUpdateState | Unset): New state.
        payout_auto (bool | Unset): Take the payout from the postback.
        payout_upsell (bool | Unset):
        country (list[str] | Unset):
        notes (str | Unset):
        archive (str | Unset): Base64 zip archive of a local offer.
        conversion_cap_enabled (bool | Unset):
        daily_cap (float | Unset):
        conversion_timezone (str | Unset):
        alternative_offer_id (int | None | Unset):
    """

    name: str | Unset = UNSET
    group_id: int | None | Unset = UNSET
    offer_type: str | Unset = UNSET
    action_type: str | Unset = UNSET
    action_payload: None | OfferUpdateActionPayloadType1 | str | Unset = UNSET
    affiliate_network_id: int | None | Unset = UNSET
    payout_value: float | Unset = UNSET
    payout_currency: str | Unset = UNSET
    payout_type: OfferUpdatePayoutType | Unset = UNSET
    state: OfferUpdateState | Unset = UNSET
    payout_auto: bool | Unset = UNSET
    payout_upsell: bool | Unset = UNSET
    country: list[str] | Unset = UNSET
    notes: str | Unset = UNSET
    archive: str | Unset = UNSET
    conversion_cap_enabled: bool | Unset = UNSET
    daily_cap: float | Unset = UNSET
    conversion_timezone: str | Unset = UNSET
    alternative_offer_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.offer_update_action_payload_type_1 import OfferUpdateActionPayloadType1  # noqa: PLC0415

        name = self.name

        group_id: int | None | Unset
        if isinstance(self.group_id, Unset):
            group_id = UNSET
        else:
            group_id = self.group_id

        offer_type = self.offer_type

        action_type = self.action_type

        action_payload: dict[str, Any] | None | str | Unset
        if isinstance(self.action_payload, Unset):
            action_payload = UNSET
        elif isinstance(self.action_payload, OfferUpdateActionPayloadType1):
            action_payload = self.action_payload.to_dict()
        else:
            action_payload = self.action_payload

        affiliate_network_id: int | None | Unset
        if isinstance(self.affiliate_network_id, Unset):
            affiliate_network_id = UNSET
        else:
            affiliate_network_id = self.affiliate_network_id

        payout_value = self.payout_value

        payout_currency = self.payout_currency

        payout_type: str | Unset = UNSET
        if not isinstance(self.payout_type, Unset):
            payout_type = self.payout_type

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state

        payout_auto = self.payout_auto

        payout_upsell = self.payout_upsell

        country: list[str] | Unset = UNSET
        if not isinstance(self.country, Unset):
            country = self.country

        notes = self.notes

        archive = self.archive

        conversion_cap_enabled = self.conversion_cap_enabled

        daily_cap = self.daily_cap

        conversion_timezone = self.conversion_timezone

        alternative_offer_id: int | None | Unset
        if isinstance(self.alternative_offer_id, Unset):
            alternative_offer_id = UNSET
        else:
            alternative_offer_id = self.alternative_offer_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if offer_type is not UNSET:
            field_dict["offer_type"] = offer_type
        if action_type is not UNSET:
            field_dict["action_type"] = action_type
        if action_payload is not UNSET:
            field_dict["action_payload"] = action_payload
        if affiliate_network_id is not UNSET:
            field_dict["affiliate_network_id"] = affiliate_network_id
        if payout_value is not UNSET:
            field_dict["payout_value"] = payout_value
        if payout_currency is not UNSET:
            field_dict["payout_currency"] = payout_currency
        if payout_type is not UNSET:
            field_dict["payout_type"] = payout_type
        if state is not UNSET:
            field_dict["state"] = state
        if payout_auto is not UNSET:
            field_dict["payout_auto"] = payout_auto
        if payout_upsell is not UNSET:
            field_dict["payout_upsell"] = payout_upsell
        if country is not UNSET:
            field_dict["country"] = country
        if notes is not UNSET:
            field_dict["notes"] = notes
        if archive is not UNSET:
            field_dict["archive"] = archive
        if conversion_cap_enabled is not UNSET:
            field_dict["conversion_cap_enabled"] = conversion_cap_enabled
        if daily_cap is not UNSET:
            field_dict["daily_cap"] = daily_cap
        if conversion_timezone is not UNSET:
            field_dict["conversion_timezone"] = conversion_timezone
        if alternative_offer_id is not UNSET:
            field_dict["alternative_offer_id"] = alternative_offer_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.offer_update_action_payload_type_1 import OfferUpdateActionPayloadType1  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        def _parse_group_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        group_id = _parse_group_id(d.pop("group_id", UNSET))

        offer_type = d.pop("offer_type", UNSET)

        action_type = d.pop("action_type", UNSET)

        def _parse_action_payload(data: object) -> None | OfferUpdateActionPayloadType1 | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                action_payload_type_1 = OfferUpdateActionPayloadType1.from_dict(data)

                return action_payload_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OfferUpdateActionPayloadType1 | str | Unset, data)

        action_payload = _parse_action_payload(d.pop("action_payload", UNSET))

        def _parse_affiliate_network_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        affiliate_network_id = _parse_affiliate_network_id(d.pop("affiliate_network_id", UNSET))

        payout_value = d.pop("payout_value", UNSET)

        payout_currency = d.pop("payout_currency", UNSET)

        _payout_type = d.pop("payout_type", UNSET)
        payout_type: OfferUpdatePayoutType | Unset
        if isinstance(_payout_type, Unset):
            payout_type = UNSET
        else:
            payout_type = check_offer_update_payout_type(_payout_type)

        _state = d.pop("state", UNSET)
        state: OfferUpdateState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = check_offer_update_state(_state)

        payout_auto = d.pop("payout_auto", UNSET)

        payout_upsell = d.pop("payout_upsell", UNSET)

        country = cast(list[str], d.pop("country", UNSET))

        notes = d.pop("notes", UNSET)

        archive = d.pop("archive", UNSET)

        conversion_cap_enabled = d.pop("conversion_cap_enabled", UNSET)

        daily_cap = d.pop("daily_cap", UNSET)

        conversion_timezone = d.pop("conversion_timezone", UNSET)

        def _parse_alternative_offer_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        alternative_offer_id = _parse_alternative_offer_id(d.pop("alternative_offer_id", UNSET))

        offer_update = cls(
            name=name,
            group_id=group_id,
            offer_type=offer_type,
            action_type=action_type,
            action_payload=action_payload,
            affiliate_network_id=affiliate_network_id,
            payout_value=payout_value,
            payout_currency=payout_currency,
            payout_type=payout_type,
            state=state,
            payout_auto=payout_auto,
            payout_upsell=payout_upsell,
            country=country,
            notes=notes,
            archive=archive,
            conversion_cap_enabled=conversion_cap_enabled,
            daily_cap=daily_cap,
            conversion_timezone=conversion_timezone,
            alternative_offer_id=alternative_offer_id,
        )

        offer_update.additional_properties = d
        return offer_update

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
