from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.affiliate_network_state import AffiliateNetworkState, check_affiliate_network_state
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.affiliate_network_pull_api_options_type_1 import AffiliateNetworkPullApiOptionsType1


T = TypeVar("T", bound="AffiliateNetwork")


@_attrs_define
class AffiliateNetwork:
    """An affiliate network as the tracker returns it.

    Attributes:
        id (int):
        name (str | Unset):
        postback_url (None | str | Unset):
        offer_param (None | str | Unset): Query string appended to offer URLs.
        state (AffiliateNetworkState | Unset): `deleted` means archived.
        template_name (None | str | Unset):
        notes (None | str | Unset):
        pull_api_options (AffiliateNetworkPullApiOptionsType1 | None | str | Unset): Settings of the conversion pull
            API.
        created_at (str | Unset): Timestamp as the tracker prints it, usually `YYYY-MM-DD HH:MM:SS` in the tracker's
            time zone.
        updated_at (str | Unset): Timestamp as the tracker prints it, usually `YYYY-MM-DD HH:MM:SS` in the tracker's
            time zone.
        offers (int | Unset): Number of offers of this network.
    """

    id: int
    name: str | Unset = UNSET
    postback_url: None | str | Unset = UNSET
    offer_param: None | str | Unset = UNSET
    state: AffiliateNetworkState | Unset = UNSET
    template_name: None | str | Unset = UNSET
    notes: None | str | Unset = UNSET
    pull_api_options: AffiliateNetworkPullApiOptionsType1 | None | str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    offers: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.affiliate_network_pull_api_options_type_1 import AffiliateNetworkPullApiOptionsType1  # noqa: PLC0415

        id = self.id

        name = self.name

        postback_url: None | str | Unset
        if isinstance(self.postback_url, Unset):
            postback_url = UNSET
        else:
            postback_url = self.postback_url

        offer_param: None | str | Unset
        if isinstance(self.offer_param, Unset):
            offer_param = UNSET
        else:
            offer_param = self.offer_param

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state

        template_name: None | str | Unset
        if isinstance(self.template_name, Unset):
            template_name = UNSET
        else:
            template_name = self.template_name

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        pull_api_options: dict[str, Any] | None | str | Unset
        if isinstance(self.pull_api_options, Unset):
            pull_api_options = UNSET
        elif isinstance(self.pull_api_options, AffiliateNetworkPullApiOptionsType1):
            pull_api_options = self.pull_api_options.to_dict()
        else:
            pull_api_options = self.pull_api_options

        created_at = self.created_at

        updated_at = self.updated_at

        offers = self.offers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if postback_url is not UNSET:
            field_dict["postback_url"] = postback_url
        if offer_param is not UNSET:
            field_dict["offer_param"] = offer_param
        if state is not UNSET:
            field_dict["state"] = state
        if template_name is not UNSET:
            field_dict["template_name"] = template_name
        if notes is not UNSET:
            field_dict["notes"] = notes
        if pull_api_options is not UNSET:
            field_dict["pull_api_options"] = pull_api_options
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if offers is not UNSET:
            field_dict["offers"] = offers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.affiliate_network_pull_api_options_type_1 import AffiliateNetworkPullApiOptionsType1  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        def _parse_postback_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        postback_url = _parse_postback_url(d.pop("postback_url", UNSET))

        def _parse_offer_param(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        offer_param = _parse_offer_param(d.pop("offer_param", UNSET))

        _state = d.pop("state", UNSET)
        state: AffiliateNetworkState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = check_affiliate_network_state(_state)

        def _parse_template_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        template_name = _parse_template_name(d.pop("template_name", UNSET))

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        def _parse_pull_api_options(data: object) -> AffiliateNetworkPullApiOptionsType1 | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pull_api_options_type_1 = AffiliateNetworkPullApiOptionsType1.from_dict(data)

                return pull_api_options_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AffiliateNetworkPullApiOptionsType1 | None | str | Unset, data)

        pull_api_options = _parse_pull_api_options(d.pop("pull_api_options", UNSET))

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        offers = d.pop("offers", UNSET)

        affiliate_network = cls(
            id=id,
            name=name,
            postback_url=postback_url,
            offer_param=offer_param,
            state=state,
            template_name=template_name,
            notes=notes,
            pull_api_options=pull_api_options,
            created_at=created_at,
            updated_at=updated_at,
            offers=offers,
        )

        affiliate_network.additional_properties = d
        return affiliate_network

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
