"""Add or edit one stay in Hong Kong: whose, on which route, from when until when.

A dependant's stay names its sponsor; a New CIES stay may give the Formal Approval date (the
seven-year clock and the yearly Fulfillment documents count from it). OK stays disabled while
a message says what is missing, so a stay the profile would refuse is never saved.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from hkpath_desktop.core.facts import Member, Role, Stay, StayPathway
from hkpath_desktop.ui.widgets import timeline_style as style
from hkpath_desktop.ui.widgets.field_error import FieldError
from hkpath_desktop.ui.widgets.optional_date import OptionalDateEdit


class StayDialog(QDialog):
    """``stay()`` is the answer once accepted; ``problem()`` says why OK is disabled."""

    def __init__(
        self,
        members: tuple[Member, ...],
        stay: Stay | None = None,
        member: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._members = members
        self.setWindowTitle(self.tr("Edit stay") if stay else self.tr("New stay"))
        self.member = QComboBox(self)
        self.member.setAccessibleName(self.tr("Person"))
        for m in members:
            self.member.addItem(m.display_name or m.id, m.id)
        self.route = QComboBox(self)
        self.route.setAccessibleName(self.tr("Route"))
        for pathway in StayPathway:
            self.route.addItem(style.pathway_title(pathway), pathway)
        self.entry = OptionalDateEdit(self.tr("Entry date"), parent=self)
        self.limit = OptionalDateEdit(self.tr("Limit of stay"), parent=self)
        self.sponsor = QComboBox(self)
        self.sponsor.setAccessibleName(self.tr("Sponsor"))
        self.approval = OptionalDateEdit(self.tr("Formal Approval"), parent=self)
        self.error = FieldError(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.form.addRow(self.tr("Person"), self.member)
        self.form.addRow(self.tr("Route"), self.route)
        self.form.addRow(self.tr("Entry date"), self.entry)
        self.form.addRow(self.tr("Limit of stay"), self.limit)
        self.form.addRow(self.tr("Dependant of"), self.sponsor)
        self.form.addRow(self.tr("Formal Approval (New CIES)"), self.approval)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._fill(stay, member)
        self.member.currentIndexChanged.connect(self._member_changed)
        self.route.currentIndexChanged.connect(self._check)
        self.sponsor.currentIndexChanged.connect(self._check)
        for field in (self.entry, self.limit, self.approval):
            field.edited.connect(self._check)
            field.valueChanged.connect(self._check)
        self._check()
        self.adjustSize()

    def _fill(self, stay: Stay | None, member: str | None) -> None:
        chosen = stay.member if stay else member
        self.member.setCurrentIndex(max(self.member.findData(chosen), 0))
        self._fill_sponsors(stay.sponsor if stay else None)
        if stay is None:
            person = self._chosen_member()
            dependant = person is not None and person.role is not Role.PRINCIPAL
            route = StayPathway.DEPENDANT if dependant else StayPathway.TTPS
            self.route.setCurrentIndex(self.route.findData(route))
            return
        self.route.setCurrentIndex(self.route.findData(stay.pathway))
        self.entry.setValue(stay.entry)
        self.limit.setValue(stay.limit_of_stay)
        self.approval.setValue(stay.formal_approval)

    def _chosen_member(self) -> Member | None:
        chosen = self.member.currentData()
        return next((m for m in self._members if m.id == chosen), None)

    def _fill_sponsors(self, keep: str | None) -> None:
        """Anyone but the person can be the sponsor; the principal comes first."""
        self.sponsor.blockSignals(True)
        self.sponsor.clear()
        for m in self._members:
            if m.id != self.member.currentData():
                self.sponsor.addItem(m.display_name or m.id, m.id)
        self.sponsor.setCurrentIndex(max(self.sponsor.findData(keep), 0))
        self.sponsor.blockSignals(False)

    def _member_changed(self) -> None:
        self._fill_sponsors(self.sponsor.currentData())
        self._check()

    def _pathway(self) -> StayPathway:
        return StayPathway(self.route.currentData())

    def stay(self) -> Stay:
        """The stay as typed; only called once ``problem()`` is None (OK is enabled)."""
        entry, limit = self.entry.value(), self.limit.value()
        assert entry is not None and limit is not None
        pathway = self._pathway()
        sponsor = self.sponsor.currentData() if pathway is StayPathway.DEPENDANT else None
        approval = self.approval.value() if pathway is StayPathway.CIES else None
        return Stay(self.member.currentData(), pathway, entry, limit, sponsor, approval)

    def problem(self) -> str | None:
        """Why the stay cannot be saved, in plain words; ``None`` when it can."""
        entry, limit = self.entry.value(), self.limit.value()
        if entry is None:
            return self.tr("Give the day the stay began (the entry date on the visa label).")
        if limit is None:
            return self.tr("Give the limit of stay (the last day the stay allows).")
        if limit < entry:
            return self.tr("The limit of stay is before the entry date: check the two dates.")
        if self._pathway() is StayPathway.DEPENDANT and self.sponsor.currentData() is None:
            return self.tr("Choose whose dependant this person is.")
        approval = self.approval.value()
        if self._pathway() is StayPathway.CIES and approval is not None and approval > limit:
            return self.tr("The Formal Approval date is after the limit of stay.")
        return None

    def _check(self) -> None:
        pathway = self._pathway()
        self.form.setRowVisible(self.sponsor, pathway is StayPathway.DEPENDANT)
        self.form.setRowVisible(self.approval, pathway is StayPathway.CIES)
        fields = (self.entry, self.limit, self.approval)
        typed = all(f.is_valid() for f in fields)  # each field says what is wrong with it
        message = self.problem() if typed else None
        self.error.show_message(message)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(typed and message is None)
