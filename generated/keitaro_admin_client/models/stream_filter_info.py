from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stream_filter_info_defaults_type_2 import StreamFilterInfoDefaultsType2
    from ..models.stream_filter_info_modes_type_0 import StreamFilterInfoModesType0


T = TypeVar("T", bound="StreamFilterInfo")


@_attrs_define
class StreamFilterInfo:
    """A filter kind the tracker offers for flows.

    Attributes:
        value (str | Unset): Filter key.
        tooltip (None | str | Unset):
        modes (None | StreamFilterInfoModesType0 | Unset): Labels of the modes the filter supports.
        group (None | str | Unset):
        template (None | str | Unset):
        header_template (None | str | Unset):
        defaults (list[str] | None | str | StreamFilterInfoDefaultsType2 | Unset): Default payload.
    """

    value: str | Unset = UNSET
    tooltip: None | str | Unset = UNSET
    modes: None | StreamFilterInfoModesType0 | Unset = UNSET
    group: None | str | Unset = UNSET
    template: None | str | Unset = UNSET
    header_template: None | str | Unset = UNSET
    defaults: list[str] | None | str | StreamFilterInfoDefaultsType2 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.stream_filter_info_defaults_type_2 import StreamFilterInfoDefaultsType2  # noqa: PLC0415
        from ..models.stream_filter_info_modes_type_0 import StreamFilterInfoModesType0  # noqa: PLC0415

        value = self.value

        tooltip: None | str | Unset
        if isinstance(self.tooltip, Unset):
            tooltip = UNSET
        else:
            tooltip = self.tooltip

        modes: dict[str, Any] | None | Unset
        if isinstance(self.modes, Unset):
            modes = UNSET
        elif isinstance(self.modes, StreamFilterInfoModesType0):
            modes = self.modes.to_dict()
        else:
            modes = self.modes

        group: None | str | Unset
        if isinstance(self.group, Unset):
            group = UNSET
        else:
            group = self.group

        template: None | str | Unset
        if isinstance(self.template, Unset):
            template = UNSET
        else:
            template = self.template

        header_template: None | str | Unset
        if isinstance(self.header_template, Unset):
            header_template = UNSET
        else:
            header_template = self.header_template

        defaults: dict[str, Any] | list[str] | None | str | Unset
        if isinstance(self.defaults, Unset):
            defaults = UNSET
        elif isinstance(self.defaults, list):
            defaults = self.defaults

        elif isinstance(self.defaults, StreamFilterInfoDefaultsType2):
            defaults = self.defaults.to_dict()
        else:
            defaults = self.defaults

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if value is not UNSET:
            field_dict["value"] = value
        if tooltip is not UNSET:
            field_dict["tooltip"] = tooltip
        if modes is not UNSET:
            field_dict["modes"] = modes
        if group is not UNSET:
            field_dict["group"] = group
        if template is not UNSET:
            field_dict["template"] = template
        if header_template is not UNSET:
            field_dict["header_template"] = header_template
        if defaults is not UNSET:
            field_dict["defaults"] = defaults

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.stream_filter_info_defaults_type_2 import StreamFilterInfoDefaultsType2  # noqa: PLC0415
        from ..models.stream_filter_info_modes_type_0 import StreamFilterInfoModesType0  # noqa: PLC0415

        d = dict(src_dict)
        value = d.pop("value", UNSET)

        def _parse_tooltip(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tooltip = _parse_tooltip(d.pop("tooltip", UNSET))

        def _parse_modes(data: object) -> None | StreamFilterInfoModesType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                modes_type_0 = StreamFilterInfoModesType0.from_dict(data)

                return modes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StreamFilterInfoModesType0 | Unset, data)

        modes = _parse_modes(d.pop("modes", UNSET))

        def _parse_group(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        group = _parse_group(d.pop("group", UNSET))

        def _parse_template(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        template = _parse_template(d.pop("template", UNSET))

        def _parse_header_template(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        header_template = _parse_header_template(d.pop("header_template", UNSET))

        def _parse_defaults(data: object) -> list[str] | None | str | StreamFilterInfoDefaultsType2 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                defaults_type_1 = cast(list[str], data)

                return defaults_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                defaults_type_2 = StreamFilterInfoDefaultsType2.from_dict(data)

                return defaults_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | str | StreamFilterInfoDefaultsType2 | Unset, data)

        defaults = _parse_defaults(d.pop("defaults", UNSET))

        stream_filter_info = cls(
            value=value,
            tooltip=tooltip,
            modes=modes,
            group=group,
            template=template,
            header_template=header_template,
            defaults=defaults,
        )

        stream_filter_info.additional_properties = d
        return stream_filter_info

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
