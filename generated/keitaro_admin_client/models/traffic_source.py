from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.source_parameters import SourceParameters


T = TypeVar("T", bound="TrafficSource")


@_attrs_define
class TrafficSource:
    """A traffic source as the tracker returns it.

    Attributes:
        id (int):
        name (str | Unset):
        postback_url (None | str | Unset):
        postback_statuses (list[str] | Unset): Conversion statuses reported back to the source.
        template_name (None | str | Unset):
        accept_parameters (bool | Unset):
        parameters (None | SourceParameters | Unset):
        notes (None | str | Unset):
        state (str | Unset):
        created_at (str | Unset): Timestamp as the tracker prints it, usually `YYYY-MM-DD HH:MM:SS` in the tracker's
            time zone.
        updated_at (str | Unset): Timestamp as the tracker prints it, usually `YYYY-MM-DD HH:MM:SS` in the tracker's
            time zone.
        traffic_loss (float | Unset): Percent of clicks the source is expected to lose.
        update_in_campaigns (None | str | Unset):
    """

    id: int
    name: str | Unset = UNSET
    postback_url: None | str | Unset = UNSET
    postback_statuses: list[str] | Unset = UNSET
    template_name: None | str | Unset = UNSET
    accept_parameters: bool | Unset = UNSET
    parameters: None | SourceParameters | Unset = UNSET
    notes: None | str | Unset = UNSET
    state: str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    traffic_loss: float | Unset = UNSET
    update_in_campaigns: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.source_parameters import SourceParameters  # noqa: PLC0415

        id = self.id

        name = self.name

        postback_url: None | str | Unset
        if isinstance(self.postback_url, Unset):
            postback_url = UNSET
        else:
            postback_url = self.postback_url

        postback_statuses: list[str] | Unset = UNSET
        if not isinstance(self.postback_statuses, Unset):
            postback_statuses = self.postback_statuses

        template_name: None | str | Unset
        if isinstance(self.template_name, Unset):
            template_name = UNSET
        else:
            template_name = self.template_name

        accept_parameters = self.accept_parameters

        parameters: dict[str, Any] | None | Unset
        if isinstance(self.parameters, Unset):
            parameters = UNSET
        elif isinstance(self.parameters, SourceParameters):
            parameters = self.parameters.to_dict()
        else:
            parameters = self.parameters

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        state = self.state

        created_at = self.created_at

        updated_at = self.updated_at

        traffic_loss = self.traffic_loss

        update_in_campaigns: None | str | Unset
        if isinstance(self.update_in_campaigns, Unset):
            update_in_campaigns = UNSET
        else:
            update_in_campaigns = self.update_in_campaigns

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
        if postback_statuses is not UNSET:
            field_dict["postback_statuses"] = postback_statuses
        if template_name is not UNSET:
            field_dict["template_name"] = template_name
        if accept_parameters is not UNSET:
            field_dict["accept_parameters"] = accept_parameters
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if notes is not UNSET:
            field_dict["notes"] = notes
        if state is not UNSET:
            field_dict["state"] = state
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if traffic_loss is not UNSET:
            field_dict["traffic_loss"] = traffic_loss
        if update_in_campaigns is not UNSET:
            field_dict["update_in_campaigns"] = update_in_campaigns

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.source_parameters import SourceParameters  # noqa: PLC0415

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

        postback_statuses = cast(list[str], d.pop("postback_statuses", UNSET))

        def _parse_template_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        template_name = _parse_template_name(d.pop("template_name", UNSET))

        accept_parameters = d.pop("accept_parameters", UNSET)

        def _parse_parameters(data: object) -> None | SourceParameters | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                parameters_type_1 = SourceParameters.from_dict(data)

                return parameters_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SourceParameters | Unset, data)

        parameters = _parse_parameters(d.pop("parameters", UNSET))

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        state = d.pop("state", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        traffic_loss = d.pop("traffic_loss", UNSET)

        def _parse_update_in_campaigns(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        update_in_campaigns = _parse_update_in_campaigns(d.pop("update_in_campaigns", UNSET))

        traffic_source = cls(
            id=id,
            name=name,
            postback_url=postback_url,
            postback_statuses=postback_statuses,
            template_name=template_name,
            accept_parameters=accept_parameters,
            parameters=parameters,
            notes=notes,
            state=state,
            created_at=created_at,
            updated_at=updated_at,
            traffic_loss=traffic_loss,
            update_in_campaigns=update_in_campaigns,
        )

        traffic_source.additional_properties = d
        return traffic_source

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
