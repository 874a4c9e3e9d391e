from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.landing_page_action_options_type_0 import LandingPageActionOptionsType0
    from ..models.landing_page_action_payload_type_1 import LandingPageActionPayloadType1


T = TypeVar("T", bound="LandingPage")


@_attrs_define
class LandingPage:
    """A landing page as the tracker returns it.

    Attributes:
        id (int):
        landing_type (str | Unset): `local`, `external`, `preloaded` or `action`.
        action_type (str | Unset):
        action_payload (LandingPageActionPayloadType1 | None | str | Unset): What the action uses: a URL, a page body or
            a settings object, depending on `action_type`.
        action_options (LandingPageActionOptionsType0 | None | Unset):
        name (str | Unset):
        group_id (int | None | Unset):
        offer_count (int | Unset): Offers the page links to.
        notes (None | str | Unset):
        state (str | Unset):
        created_at (str | Unset): Timestamp as the tracker prints it, usually `YYYY-MM-DD HH:MM:SS` in the tracker's
            time zone.
        updated_at (str | Unset): Timestamp as the tracker prints it, usually `YYYY-MM-DD HH:MM:SS` in the tracker's
            time zone.
        archive (None | str | Unset):
        local_path (None | str | Unset):
        preview_path (None | str | Unset):
    """

    id: int
    landing_type: str | Unset = UNSET
    action_type: str | Unset = UNSET
    action_payload: LandingPageActionPayloadType1 | None | str | Unset = UNSET
    action_options: LandingPageActionOptionsType0 | None | Unset = UNSET
    name: str | Unset = UNSET
    group_id: int | None | Unset = UNSET
    offer_count: int | Unset = UNSET
    notes: None | str | Unset = UNSET
    state: str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    archive: None | str | Unset = UNSET
    local_path: None | str | Unset = UNSET
    preview_path: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.landing_page_action_options_type_0 import LandingPageActionOptionsType0  # noqa: PLC0415
        from ..models.landing_page_action_payload_type_1 import LandingPageActionPayloadType1  # noqa: PLC0415

        id = self.id

        landing_type = self.landing_type

        action_type = self.action_type

        action_payload: dict[str, Any] | None | str | Unset
        if isinstance(self.action_payload, Unset):
            action_payload = UNSET
        elif isinstance(self.action_payload, LandingPageActionPayloadType1):
            action_payload = self.action_payload.to_dict()
        else:
            action_payload = self.action_payload

        action_options: dict[str, Any] | None | Unset
        if isinstance(self.action_options, Unset):
            action_options = UNSET
        elif isinstance(self.action_options, LandingPageActionOptionsType0):
            action_options = self.action_options.to_dict()
        else:
            action_options = self.action_options

        name = self.name

        group_id: int | None | Unset
        if isinstance(self.group_id, Unset):
            group_id = UNSET
        else:
            group_id = self.group_id

        offer_count = self.offer_count

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        state = self.state

        created_at = self.created_at

        updated_at = self.updated_at

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
        if landing_type is not UNSET:
            field_dict["landing_type"] = landing_type
        if action_type is not UNSET:
            field_dict["action_type"] = action_type
        if action_payload is not UNSET:
            field_dict["action_payload"] = action_payload
        if action_options is not UNSET:
            field_dict["action_options"] = action_options
        if name is not UNSET:
            field_dict["name"] = name
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if offer_count is not UNSET:
            field_dict["offer_count"] = offer_count
        if notes is not UNSET:
            field_dict["notes"] = notes
        if state is not UNSET:
            field_dict["state"] = state
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if archive is not UNSET:
            field_dict["archive"] = archive
        if local_path is not UNSET:
            field_dict["local_path"] = local_path
        if preview_path is not UNSET:
            field_dict["preview_path"] = preview_path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.landing_page_action_options_type_0 import LandingPageActionOptionsType0  # noqa: PLC0415
        from ..models.landing_page_action_payload_type_1 import LandingPageActionPayloadType1  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        landing_type = d.pop("landing_type", UNSET)

        action_type = d.pop("action_type", UNSET)

        def _parse_action_payload(data: object) -> LandingPageActionPayloadType1 | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                action_payload_type_1 = LandingPageActionPayloadType1.from_dict(data)

                return action_payload_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LandingPageActionPayloadType1 | None | str | Unset, data)

        action_payload = _parse_action_payload(d.pop("action_payload", UNSET))

        def _parse_action_options(data: object) -> LandingPageActionOptionsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                action_options_type_0 = LandingPageActionOptionsType0.from_dict(data)

                return action_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LandingPageActionOptionsType0 | None | Unset, data)

        action_options = _parse_action_options(d.pop("action_options", UNSET))

        name = d.pop("name", UNSET)

        def _parse_group_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        group_id = _parse_group_id(d.pop("group_id", UNSET))

        offer_count = d.pop("offer_count", UNSET)

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

        landing_page = cls(
            id=id,
            landing_type=landing_type,
            action_type=action_type,
            action_payload=action_payload,
            action_options=action_options,
            name=name,
            group_id=group_id,
            offer_count=offer_count,
            notes=notes,
            state=state,
            created_at=created_at,
            updated_at=updated_at,
            archive=archive,
            local_path=local_path,
            preview_path=preview_path,
        )

        landing_page.additional_properties = d
        return landing_page

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
