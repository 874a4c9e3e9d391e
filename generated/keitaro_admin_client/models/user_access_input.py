from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.access_type import AccessType, check_access_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserAccessInput")


@_attrs_define
class UserAccessInput:
    """New access rights of a user.

    Attributes:
        offers_access_type (AccessType | Unset): How much of one kind of entity a user may see and change.
        campaigns_access_type (AccessType | Unset): How much of one kind of entity a user may see and change.
        landings_access_type (AccessType | Unset): How much of one kind of entity a user may see and change.
        traffic_sources_access_type (AccessType | Unset): How much of one kind of entity a user may see and change.
        streams_access_type (AccessType | Unset): How much of one kind of entity a user may see and change.
        affiliate_networks_access_type (AccessType | Unset): How much of one kind of entity a user may see and change.
        domains_access_type (AccessType | Unset): How much of one kind of entity a user may see and change.
        resources (list[str] | Unset):
        reports (list[str] | Unset):
    """

    offers_access_type: AccessType | Unset = UNSET
    campaigns_access_type: AccessType | Unset = UNSET
    landings_access_type: AccessType | Unset = UNSET
    traffic_sources_access_type: AccessType | Unset = UNSET
    streams_access_type: AccessType | Unset = UNSET
    affiliate_networks_access_type: AccessType | Unset = UNSET
    domains_access_type: AccessType | Unset = UNSET
    resources: list[str] | Unset = UNSET
    reports: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        offers_access_type: str | Unset = UNSET
        if not isinstance(self.offers_access_type, Unset):
            offers_access_type = self.offers_access_type

        campaigns_access_type: str | Unset = UNSET
        if not isinstance(self.campaigns_access_type, Unset):
            campaigns_access_type = self.campaigns_access_type

        landings_access_type: str | Unset = UNSET
        if not isinstance(self.landings_access_type, Unset):
            landings_access_type = self.landings_access_type

        traffic_sources_access_type: str | Unset = UNSET
        if not isinstance(self.traffic_sources_access_type, Unset):
            traffic_sources_access_type = self.traffic_sources_access_type

        streams_access_type: str | Unset = UNSET
        if not isinstance(self.streams_access_type, Unset):
            streams_access_type = self.streams_access_type

        affiliate_networks_access_type: str | Unset = UNSET
        if not isinstance(self.affiliate_networks_access_type, Unset):
            affiliate_networks_access_type = self.affiliate_networks_access_type

        domains_access_type: str | Unset = UNSET
        if not isinstance(self.domains_access_type, Unset):
            domains_access_type = self.domains_access_type

        resources: list[str] | Unset = UNSET
        if not isinstance(self.resources, Unset):
            resources = self.resources

        reports: list[str] | Unset = UNSET
        if not isinstance(self.reports, Unset):
            reports = self.reports

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if offers_access_type is not UNSET:
            field_dict["offers_access_type"] = offers_access_type
        if campaigns_access_type is not UNSET:
            field_dict["campaigns_access_type"] = campaigns_access_type
        if landings_access_type is not UNSET:
            field_dict["landings_access_type"] = landings_access_type
        if traffic_sources_access_type is not UNSET:
            field_dict["traffic_sources_access_type"] = traffic_sources_access_type
        if streams_access_type is not UNSET:
            field_dict["streams_access_type"] = streams_access_type
        if affiliate_networks_access_type is not UNSET:
            field_dict["affiliate_networks_access_type"] = affiliate_networks_access_type
        if domains_access_type is not UNSET:
            field_dict["domains_access_type"] = domains_access_type
        if resources is not UNSET:
            field_dict["resources"] = resources
        if reports is not UNSET:
            field_dict["reports"] = reports

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _offers_access_type = d.pop("offers_access_type", UNSET)
        offers_access_type: AccessType | Unset
        if isinstance(_offers_access_type, Unset):
            offers_access_type = UNSET
        else:
            offers_access_type = check_access_type(_offers_access_type)

        _campaigns_access_type = d.pop("campaigns_access_type", UNSET)
        campaigns_access_type: AccessType | Unset
        if isinstance(_campaigns_access_type, Unset):
            campaigns_access_type = UNSET
        else:
            campaigns_access_type = check_access_type(_campaigns_access_type)

        _landings_access_type = d.pop("landings_access_type", UNSET)
        landings_access_type: AccessType | Unset
        if isinstance(_landings_access_type, Unset):
            landings_access_type = UNSET
        else:
            landings_access_type = check_access_type(_landings_access_type)

        _traffic_sources_access_type = d.pop("traffic_sources_access_type", UNSET)
        traffic_sources_access_type: AccessType | Unset
        if isinstance(_traffic_sources_access_type, Unset):
            traffic_sources_access_type = UNSET
        else:
            traffic_sources_access_type = check_access_type(_traffic_sources_access_type)

        _streams_access_type = d.pop("streams_access_type", UNSET)
        streams_access_type: AccessType | Unset
        if isinstance(_streams_access_type, Unset):
            streams_access_type = UNSET
        else:
            streams_access_type = check_access_type(_streams_access_type)

        _affiliate_networks_access_type = d.pop("affiliate_networks_access_type", UNSET)
        affiliate_networks_access_type: AccessType | Unset
        if isinstance(_affiliate_networks_access_type, Unset):
            affiliate_networks_access_type = UNSET
        else:
            affiliate_networks_access_type = check_access_type(_affiliate_networks_access_type)

        _domains_access_type = d.pop("domains_access_type", UNSET)
        domains_access_type: AccessType | Unset
        if isinstance(_domains_access_type, Unset):
            domains_access_type = UNSET
        else:
            domains_access_type = check_access_type(_domains_access_type)

        resources = cast(list[str], d.pop("resources", UNSET))

        reports = cast(list[str], d.pop("reports", UNSET))

        user_access_input = cls(
            offers_access_type=offers_access_type,
            campaigns_access_type=campaigns_access_type,
            landings_access_type=landings_access_type,
            traffic_sources_access_type=traffic_sources_access_type,
            streams_access_type=streams_access_type,
            affiliate_networks_access_type=affiliate_networks_access_type,
            domains_access_type=domains_access_type,
            resources=resources,
            reports=reports,
        )

        user_access_input.additional_properties = d
        return user_access_input

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
