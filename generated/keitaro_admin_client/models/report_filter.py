from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.filter_operator import FilterOperator, check_filter_operator
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportFilter")


@_attrs_define
class ReportFilter:
    """A condition rows must meet.

    Attributes:
        name (str): Column or metric to test.
        operator (FilterOperator): Comparison of a report filter. Number operators take one number; text operators one
            string; `IN_LIST`, `NOT_IN_LIST` take a list; `BETWEEN` a list of two; `IS_SET`, `IS_NOT_SET`, `IS_TRUE`,
            `IS_FALSE` no expression; `HAS_LABEL`, `NOT_HAS_LABEL` take `whitelist` or `blacklist`.
        expression (float | list[float | str] | None | str | Unset): Value to compare with; a list for the list
            operators; left out for the `IS_*` ones.
    """

    name: str
    operator: FilterOperator
    expression: float | list[float | str] | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        operator: str = self.operator

        expression: float | list[float | str] | None | str | Unset
        if isinstance(self.expression, Unset):
            expression = UNSET
        elif isinstance(self.expression, list):
            expression = []
            for expression_type_2_item_data in self.expression:
                expression_type_2_item: float | str
                expression_type_2_item = expression_type_2_item_data
                expression.append(expression_type_2_item)

        else:
            expression = self.expression

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "operator": operator,
            }
        )
        if expression is not UNSET:
            field_dict["expression"] = expression

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        operator = check_filter_operator(d.pop("operator"))

        def _parse_expression(data: object) -> float | list[float | str] | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                expression_type_2 = []
                _expression_type_2 = data
                for expression_type_2_item_data in _expression_type_2:

                    def _parse_expression_type_2_item(data: object) -> float | str:
                        return cast(float | str, data)

                    expression_type_2_item = _parse_expression_type_2_item(expression_type_2_item_data)

                    expression_type_2.append(expression_type_2_item)

                return expression_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(float | list[float | str] | None | str | Unset, data)

        expression = _parse_expression(d.pop("expression", UNSET))

        report_filter = cls(
            name=name,
            operator=operator,
            expression=expression,
        )

        report_filter.additional_properties = d
        return report_filter

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
