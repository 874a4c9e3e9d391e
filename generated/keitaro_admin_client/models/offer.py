from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.offer_action_options_type_0 import OfferActionOptionsType0
    from ..models.offer_action_payload_type_1 import OfferActionPayloadType1


T = TypeVar("T", bound="Offer")


@_attrs_define
class Offer:
    """An offer as the tracker returns it.

    Attributes:
        id (int):
        name (str | Unset):
        group_id (int | None | Unset):
        action_type (str | Unset): How the offer is opened, e.g. `http` for a redirect.
        action_payload (None | OfferActionPayloadType1 | str | Unset): What the action uses: a URL, a page body or a
            settings object, depending on `action_type`.
        action_options (None | OfferActionOptionsType0 | Unset):
        affiliate_network_id (int | None | Unset):
        payout_value (float | Unset):
        payout_currency (None | str | Unset):
        payout_type (str | Unset): `CPA` or `CPC`.
        state (str | Unset):
        created_at (str | Unset): Timestamp as the tracker prints it, usually `YYYY-MM-DD HH:MM:SS` in the tracker's
            time zone.
        updated_at (str | Unset): Timestamp as the tracker prints it, usually `YYYY-MM-DD HH:MM:SS` in the tracker's
            time zone.
        payout_auto (bool | Unset):
        payout_upsell (bool | Unset):
        country (list[str] | Unset): Country codes the offer is meant for.
        notes (None | str | Unset):
        affiliate_network (None | str | Unset): Name of the affiliate network.
        archive (None | str | Unset):
        local_path (None | str | Unset):
        preview_path (None | str | Unset):
    """

    id: int
    name: str | Unset = UNSET
    group_id: int | None | Unset = UNSET
    action_type: str | Unset = UNSET
    action_payload: None | OfferActionPayloadType1 | str | Unset = UNSET
    action_options: None | OfferActionOptionsType0 | Unset = UNSET
    affiliate_network_id: int | None | Unset = UNSET
    payout_value: float | Unset = UNSET
    payout_currency: None | str | Unset = UNSET
    payout_type: str | Unset = UNSET
    state: str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    payout_auto: bool | Unset = UNSET
    payout_upsell: bool | Unset = UNSET
    country: list[str] | Unset = UNSET
    notes: None | str | Unset = UNSET
    affiliate_network: None | str | Unset = UNSET
    archive: None | str | Unset = UNSET
    local_path: None | str | Unset = UNSET
    preview_path: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.offer_action_options_type_0 import OfferActionOptionsType0  # noqa: PLC0415
        from ..models.offer_action_payload_type_1 import OfferActionPayloadType1  # noqa: PLC0415

        id = self.id

        name = self.name

        group_id: int | None | Unset
        if isinstance(self.group_id, Unset):
            group_id = UNSET
        else:
            group_id = self.group_id

        action_type = self.action_type

        action_payload: dict[str, Any] | None | str | Unset
        if isinstance(self.action_payload, Unset):
            action_payload = UNSET
        elif isinstance(self.action_payload, OfferActionPayloadType1):
            action_payload = self.action_payload.to_dict()
        else:
            action_payload = self.action_payload

        action_options: dict[str, Any] | None | Unset
        if isinstance(self.action_options, Unset):
            action_options = UNSET
        elif isinstance(self.action_options, OfferActionOptionsType0):
            action_options = self.action_options.to_dict()
        else:
            action_options = self.action_options

        affiliate_network_id: int | None | Unset
        if isinstance(self.affiliate_network_id, Unset):
            affiliate_network_id = UNSET
        else:
            affiliate_network_id = self.affiliate_network_id

        payout_value = self.payout_value

        payout_currency: None | str | Unset
        if isinstance(self.payout_currency, Unset):
            payout_currency = UNSET
        else:
            payout_currency = self.payout_currency

        payout_type = self.payout_type

        state = self.state

        created_at = self.created_at

        updated_at = self.updated_at

        payout_auto = self.payout_auto

        payout_upsell = self.payout_upsell

        country: list[str] | Unset = UNSET
        if not isinstance(self.country, Unset):
            country = self.country

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        affiliate_network: None | str | Unset
        if isinstance(self.affiliate_network, Unset):
            affiliate_network = UNSET
        else:
            affiliate_network = self.affiliate_network

        archive: None | str | Unset
        if isinstance(self.archive, Unset):
            archive = UNSET
        else:
            archive = self.archive

        local_path: None | str | Unset
        if isinstance(self.local_path, Unset):
            local_path = UNSET
        else:
            local_path = self.local_path

        preview_path: None | str | Unset
        if isinstance(self.preview_path, Unset):
            preview_path = UNSET
        else:
            preview_path = self.preview_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if action_type is not UNSET:
            field_dict["action_type"] = action_type
        if action_payload is not UNSET:
            field_dict["action_payload"] = action_payload
        if action_options is not UNSET:
            field_dict["action_options"] = action_options
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
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if payout_auto is not UNSET:
            field_dict["payout_auto"] = payout_auto
        if payout_upsell is not UNSET:
            field_dict["payout_upsell"] = payout_upsell
        if country is not UNSET:
            field_dict["country"] = country
        if notes is not UNSET:
            field_dict["notes"] = notes
        if affiliate_network is not UNSET:
            field_dict["affiliate_network"] = affiliate_network
        if archive is not UNSET:
            field_dict["archive"] = archive
        if local_path is not UNSET:
            field_dict["local_path"] = local_path
        if preview_path is not UNSET:
            field_dict["preview_path"] = preview_path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.offer_action_options_type_0 import OfferActionOptionsType0  # noqa: PLC0415
        from ..models.offer_action_payload_type_1 import OfferActionPayloadType1  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        def _parse_group_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        group_id = _parse_group_id(d.pop("group_id", UNSET))

        action_type = d.pop("action_type", UNSET)

        def _parse_action_payload(data: object) -> None | OfferActionPayloadType1 | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                action_payload_type_1 = OfferActionPayloadType1.from_dict(data)

                return action_payload_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OfferActionPayloadType1 | str | Unset, data)

        action_payload = _parse_action_payload(d.pop("action_payload", UNSET))

        def _parse_action_options(data: object) -> None | OfferActionOptionsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                action_options_type_0 = OfferActionOptionsType0.from_dict(data)

                return action_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OfferActionOptionsType0 | Unset, data)

        action_options = _parse_action_options(d.pop("action_options", UNSET))

        def _parse_affiliate_network_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        affiliate_network_id = _parse_affiliate_network_id(d.pop("affiliate_network_id", UNSET))

        payout_value = d.pop("payout_value", UNSET)

        def _parse_payout_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payout_currency = _parse_payout_currency(d.pop("payout_currency", UNSET))

        payout_type = d.pop("payout_type", UNSET)

        state = d.pop("state", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        payout_auto = d.pop("payout_auto", UNSET)

        payout_upsell = d.pop("payout_upsell", UNSET)

        country = cast(list[str], d.pop("country", UNSET))

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        def _parse_affiliate_network(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        affiliate_network = _parse_affiliate_network(d.pop("affiliate_network", UNSET))

        def _parse_archive(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        archive = _parse_archive(d.pop("archive", UNSET))

        def _parse_local_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        local_path = _parse_local_path(d.pop("local_path", UNSET))

        def _parse_preview_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        preview_path = _parse_preview_path(d.pop("preview_path", UNSET))

        offer = cls(
            id=id,
            name=name,
            group_id=group_id,
            action_type=action_type,
            action_payload=action_payload,
            action_options=action_options,
            affiliate_network_id=affiliate_network_id,
            payout_value=payout_value,
            payout_currency=payout_currency,
            payout_type=payout_type,
            state=state,
            created_at=created_at,
            updated_at=updated_at,
            payout_auto=payout_auto,
            payout_upsell=payout_upsell,
            country=country,
            notes=notes,
            affiliate_network=affiliate_network,
            archive=archive,
            local_path=local_path,
            preview_path=preview_path,
        )

        offer.additional_properties = d
        return offer

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
