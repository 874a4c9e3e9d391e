from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.source_parameters import SourceParameters


T = TypeVar("T", bound="TrafficSourceInput")


@_attrs_define
class TrafficSourceInput:
    """Fields accepted when creating or changing a traffic source.

    Attributes:
        name (str | Unset): Needed on create in practice, although the published document marks nothing required. Must
            hold a non-space character. Keitaro's document marks the field required but does not say blank text is refused;
            the fake refuses it as a tracker is assumed to (G).
        postback_url (str | Unset):
        postback_statuses (list[str] | Unset):
        template_name (str | Unset):
        accept_parameters (bool | Unset):
        parameters (SourceParameters | Unset): Parameter mapping keyed by tracker field (`keyword`, `cost`,
            `sub_id_1`...). Newer trackers know more sub ids than the fifteen listed here; extra keys are kept.
        notes (str | Unset):
        state (str | Unset):
        traffic_loss (float | Unset):
    """

    name: str | Unset = UNSET
    postback_url: str | Unset = UNSET
    postback_statuses: list[str] | Unset = UNSET
    template_name: str | Unset = UNSET
    accept_parameters: bool | Unset = UNSET
    parameters: SourceParameters | Unset = UNSET
    notes: str | Unset = UNSET
    state: str | Unset = UNSET
    traffic_loss: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        postback_url = self.postback_url

        postback_statuses: list[str] | Unset = UNSET
        if not isinstance(self.postback_statuses, Unset):
            postback_statuses = self.postback_statuses

        template_name = self.template_name

        accept_parameters = self.accept_parameters

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        notes = self.notes

        state = self.state

        traffic_loss = self.traffic_loss

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        if traffic_loss is not UNSET:
            field_dict["traffic_loss"] = traffic_loss

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.source_parameters import SourceParameters  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        postback_url = d.pop("postback_url", UNSET)

        postback_statuses = cast(list[str], d.pop("postback_statuses", UNSET))

        template_name = d.pop("template_name", UNSET)

        accept_parameters = d.pop("accept_parameters", UNSET)

        _parameters = d.pop("parameters", UNSET)
        parameters: SourceParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = SourceParameters.from_dict(_parameters)

        notes = d.pop("notes", UNSET)

        state = d.pop("state", UNSET)

        traffic_loss = d.pop("traffic_loss", UNSET)

        traffic_source_input = cls(
            name=name,
            postback_url=postback_url,
            postback_statuses=postback_statuses,
            template_name=template_name,
            accept_parameters=accept_parameters,
            parameters=parameters,
            notes=notes,
            state=state,
            traffic_loss=traffic_loss,
        )

        traffic_source_input.additional_properties = d
        return traffic_source_input

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
