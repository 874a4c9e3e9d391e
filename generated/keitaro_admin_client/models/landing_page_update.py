from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.landing_page_update_action_type import LandingPageUpdateActionType, check_landing_page_update_action_type
from ..models.landing_page_update_landing_type import (
    LandingPageUpdateLandingType,
    check_landing_page_update_landing_type,
)
from ..models.landing_page_update_state import LandingPageUpdateState, check_landing_page_update_state
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.landing_page_update_action_payload_type_1 import LandingPageUpdateActionPayloadType1


T = TypeVar("T", bound="LandingPageUpdate")


@_attrs_define
class LandingPageUpdate:
    """Fields accepted when changing a landing page.

    Attributes:
        name (str | Unset): Must hold a non-space character. Keitaro's document marks the field required but does not
            say blank text is refused; the fake refuses it as a tracker is assumed to (G).
        action_payload (LandingPageUpdateActionPayloadType1 | None | str | Unset): What the action uses: a URL, a page
            body or a settings object, depending on `action_type`.
        group_id (int | None | Unset): Landing group. Typed as a string on write in Keitaro's 2022 document; integer
            here, as on read.
        state (LandingPageUpdateState | Unset): New state.
        landing_type (LandingPageUpdateLandingType | Unset): Where the page lives.
        action_type (LandingPageUpdateActionType | Unset): How the page is served.
        url (str | Unset): Address of an external page.
        archive (str | Unset): Base64 zip archive of a local page.
        notes (str | Unset):
    """

    name: str | Unset = UNSET
    action_payload: LandingPageUpdateActionPayloadType1 | None | str | Unset = UNSET
    group_id: int | None | Unset = UNSET
    state: LandingPageUpdateState | Unset = UNSET
    landing_type: LandingPageUpdateLandingType | Unset = UNSET
    action_type: LandingPageUpdateActionType | Unset = UNSET
    url: str | Unset = UNSET
    archive: str | Unset = UNSET
    notes: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.landing_page_update_action_payload_type_1 import LandingPageUpdateActionPayloadType1  # noqa: PLC0415

        name = self.name

        action_payload: dict[str, Any] | None | str | Unset
        if isinstance(self.action_payload, Unset):
            action_payload = UNSET
        elif isinstance(self.action_payload, LandingPageUpdateActionPayloadType1):
            action_payload = self.action_payload.to_dict()
        else:
            action_payload = self.action_payload

        group_id: int | None | Unset
        if isinstance(self.group_id, Unset):
            group_id = UNSET
        else:
            group_id = self.group_id

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state

        landing_type: str | Unset = UNSET
        if not isinstance(self.landing_type, Unset):
            landing_type = self.landing_type

        action_type: str | Unset = UNSET
        if not isinstance(self.action_type, Unset):
            action_type = self.action_type

        url = self.url

        archive = self.archive

        notes = self.notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if action_payload is not UNSET:
            field_dict["action_payload"] = action_payload
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if state is not UNSET:
            field_dict["state"] = state
        if landing_type is not UNSET:
            field_dict["landing_type"] = landing_type
        if action_type is not UNSET:
            field_dict["action_type"] = action_type
        if url is not UNSET:
            field_dict["url"] = url
        if archive is not UNSET:
            field_dict["archive"] = archive
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.landing_page_update_action_payload_type_1 import LandingPageUpdateActionPayloadType1  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        def _parse_action_payload(data: object) -> LandingPageUpdateActionPayloadType1 | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                action_payload_type_1 = LandingPageUpdateActionPayloadType1.from_dict(data)

                return action_payload_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LandingPageUpdateActionPayloadType1 | None | str | Unset, data)

        action_payload = _parse_action_payload(d.pop("action_payload", UNSET))

        def _parse_group_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        group_id = _parse_group_id(d.pop("group_id", UNSET))

        _state = d.pop("state", UNSET)
        state: LandingPageUpdateState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = check_landing_page_update_state(_state)

        _landing_type = d.pop("landing_type", UNSET)
        landing_type: LandingPageUpdateLandingType | Unset
        if isinstance(_landing_type, Unset):
            landing_type = UNSET
        else:
            landing_type = check_landing_page_update_landing_type(_landing_type)

        _action_type = d.pop("action_type", UNSET)
        action_type: LandingPageUpdateActionType | Unset
        if isinstance(_action_type, Unset):
            action_type = UNSET
        else:
            action_type = check_landing_page_update_action_type(_action_type)

        url = d.pop("url", UNSET)

        archive = d.pop("archive", UNSET)

        notes = d.pop("notes", UNSET)

        landing_page_update = cls(
            name=name,
            action_payload=action_payload,
            group_id=group_id,
            state=state,
            landing_type=landing_type,
            action_type=action_type,
            url=url,
            archive=archive,
            notes=notes,
        )

        landing_page_update.additional_properties = d
        return landing_page_update

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
