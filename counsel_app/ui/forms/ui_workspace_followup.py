# Generated from forms/workspace_followup.ui by pyside6-uic; do not edit.
# Regenerate with `python -m tools.check_forms --write`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'workspace_followup.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

from counsel_app.ui.followup.chart import GasChart
from counsel_app.ui.workspace.dates import OptionalDateEdit

class Ui_FollowUpPage(object):
    def setupUi(self, FollowUpPage):
        if not FollowUpPage.objectName():
            FollowUpPage.setObjectName(u"FollowUpPage")
        self.pageLayout = QVBoxLayout(FollowUpPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.dateForm = QFormLayout()
        self.dateForm.setObjectName(u"dateForm")
        self.agreedLabel = QLabel(FollowUpPage)
        self.agreedLabel.setObjectName(u"agreedLabel")

        self.dateForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.agreedLabel)

        self.agreedLayout = QHBoxLayout()
        self.agreedLayout.setObjectName(u"agreedLayout")
        self.agreedEdit = OptionalDateEdit(FollowUpPage)
        self.agreedEdit.setObjectName(u"agreedEdit")

        self.agreedLayout.addWidget(self.agreedEdit)

        self.agreedHint = QLabel(FollowUpPage)
        self.agreedHint.setObjectName(u"agreedHint")
        self.agreedHint.setWordWrap(True)

        self.agreedLayout.addWidget(self.agreedHint)

        self.agreedLayout.setStretch(1, 1)

        self.dateForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.agreedLayout)

        self.reviewDueLabel = QLabel(FollowUpPage)
        self.reviewDueLabel.setObjectName(u"reviewDueLabel")

        self.dateForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reviewDueLabel)

        self.reviewDueLayout = QHBoxLayout()
        self.reviewDueLayout.setObjectName(u"reviewDueLayout")
        self.reviewDueEdit = OptionalDateEdit(FollowUpPage)
        self.reviewDueEdit.setObjectName(u"reviewDueEdit")

        self.reviewDueLayout.addWidget(self.reviewDueEdit)

        self.suggestReviewButton = QPushButton(FollowUpPage)
        self.suggestReviewButton.setObjectName(u"suggestReviewButton")

        self.reviewDueLayout.addWidget(self.suggestReviewButton)

        self.reviewSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.reviewDueLayout.addItem(self.reviewSpacer)

        self.reviewDueLayout.setStretch(2, 1)

        self.dateForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.reviewDueLayout)


        self.pageLayout.addLayout(self.dateForm)

        self.reviewWarning = QLabel(FollowUpPage)
        self.reviewWarning.setObjectName(u"reviewWarning")
        self.reviewWarning.setWordWrap(True)

        self.pageLayout.addWidget(self.reviewWarning)

        self.followUpGroup = QGroupBox(FollowUpPage)
        self.followUpGroup.setObjectName(u"followUpGroup")
        self.followUpLayout = QHBoxLayout(self.followUpGroup)
        self.followUpLayout.setObjectName(u"followUpLayout")
        self.followUpTable = QTableView(self.followUpGroup)
        self.followUpTable.setObjectName(u"followUpTable")
        self.followUpTable.setTabKeyNavigation(False)
        self.followUpTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.followUpTable.horizontalHeader().setStretchLastSection(True)
        self.followUpTable.verticalHeader().setVisible(False)

        self.followUpLayout.addWidget(self.followUpTable)

        self.followUpButtons = QVBoxLayout()
        self.followUpButtons.setObjectName(u"followUpButtons")
        self.addFollowUpButton = QPushButton(self.followUpGroup)
        self.addFollowUpButton.setObjectName(u"addFollowUpButton")

        self.followUpButtons.addWidget(self.addFollowUpButton)

        self.removeFollowUpButton = QPushButton(self.followUpGroup)
        self.removeFollowUpButton.setObjectName(u"removeFollowUpButton")

        self.followUpButtons.addWidget(self.removeFollowUpButton)

        self.followUpSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.followUpButtons.addItem(self.followUpSpacer)


        self.followUpLayout.addLayout(self.followUpButtons)

        self.followUpLayout.setStretch(0, 1)

        self.pageLayout.addWidget(self.followUpGroup)

        self.reviewGroup = QGroupBox(FollowUpPage)
        self.reviewGroup.setObjectName(u"reviewGroup")
        self.reviewLayout = QHBoxLayout(self.reviewGroup)
        self.reviewLayout.setObjectName(u"reviewLayout")
        self.reviewList = QListWidget(self.reviewGroup)
        self.reviewList.setObjectName(u"reviewList")
        self.reviewList.setAlternatingRowColors(True)
        self.reviewList.setWordWrap(True)

        self.reviewLayout.addWidget(self.reviewList)

        self.chartLayout = QVBoxLayout()
        self.chartLayout.setObjectName(u"chartLayout")
        self.gasChart = GasChart(self.reviewGroup)
        self.gasChart.setObjectName(u"gasChart")

        self.chartLayout.addWidget(self.gasChart)

        self.chartCaption = QLabel(self.reviewGroup)
        self.chartCaption.setObjectName(u"chartCaption")
        self.chartCaption.setWordWrap(True)
        self.chartCaption.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.chartLayout.addWidget(self.chartCaption)

        self.chartLayout.setStretch(0, 1)

        self.reviewLayout.addLayout(self.chartLayout)

        self.reviewButtons = QVBoxLayout()
        self.reviewButtons.setObjectName(u"reviewButtons")
        self.recordReviewButton = QPushButton(self.reviewGroup)
        self.recordReviewButton.setObjectName(u"recordReviewButton")

        self.reviewButtons.addWidget(self.recordReviewButton)

        self.reviewButtonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.reviewButtons.addItem(self.reviewButtonSpacer)


        self.reviewLayout.addLayout(self.reviewButtons)

        self.reviewLayout.setStretch(0, 3)
        self.reviewLayout.setStretch(1, 2)

        self.pageLayout.addWidget(self.reviewGroup)

        self.versionGroup = QGroupBox(FollowUpPage)
        self.versionGroup.setObjectName(u"versionGroup")
        self.versionLayout = QHBoxLayout(self.versionGroup)
        self.versionLayout.setObjectName(u"versionLayout")
        self.versionList = QListWidget(self.versionGroup)
        self.versionList.setObjectName(u"versionList")

        self.versionLayout.addWidget(self.versionList)

        self.versionButtons = QVBoxLayout()
        self.versionButtons.setObjectName(u"versionButtons")
        self.openVersionButton = QPushButton(self.versionGroup)
        self.openVersionButton.setObjectName(u"openVersionButton")

        self.versionButtons.addWidget(self.openVersionButton)

        self.compareButton = QPushButton(self.versionGroup)
        self.compareButton.setObjectName(u"compareButton")

        self.versionButtons.addWidget(self.compareButton)

        self.printVersionButton = QPushButton(self.versionGroup)
        self.printVersionButton.setObjectName(u"printVersionButton")

        self.versionButtons.addWidget(self.printVersionButton)

        self.reviseButton = QPushButton(self.versionGroup)
        self.reviseButton.setObjectName(u"reviseButton")

        self.versionButtons.addWidget(self.reviseButton)

        self.versionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.versionButtons.addItem(self.versionSpacer)


        self.versionLayout.addLayout(self.versionButtons)

        self.versionLayout.setStretch(0, 1)

        self.pageLayout.addWidget(self.versionGroup)

        self.pageLayout.setStretch(2, 2)
        self.pageLayout.setStretch(3, 3)
        self.pageLayout.setStretch(4, 2)
#if QT_CONFIG(shortcut)
        self.agreedLabel.setBuddy(self.agreedEdit)
        self.reviewDueLabel.setBuddy(self.reviewDueEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.agreedEdit, self.reviewDueEdit)
        QWidget.setTabOrder(self.reviewDueEdit, self.suggestReviewButton)
        QWidget.setTabOrder(self.suggestReviewButton, self.followUpTable)
        QWidget.setTabOrder(self.followUpTable, self.addFollowUpButton)
        QWidget.setTabOrder(self.addFollowUpButton, self.removeFollowUpButton)
        QWidget.setTabOrder(self.removeFollowUpButton, self.reviewList)
        QWidget.setTabOrder(self.reviewList, self.gasChart)
        QWidget.setTabOrder(self.gasChart, self.recordReviewButton)
        QWidget.setTabOrder(self.recordReviewButton, self.versionList)
        QWidget.setTabOrder(self.versionList, self.openVersionButton)
        QWidget.setTabOrder(self.openVersionButton, self.compareButton)
        QWidget.setTabOrder(self.compareButton, self.printVersionButton)
        QWidget.setTabOrder(self.printVersionButton, self.reviseButton)

        self.retranslateUi(FollowUpPage)

        QMetaObject.connectSlotsByName(FollowUpPage)
    # setupUi

    def retranslateUi(self, FollowUpPage):
#if QT_CONFIG(accessibility)
        FollowUpPage.setAccessibleName(QCoreApplication.translate("FollowUpPage", u"Nachhaltung", None))
#endif // QT_CONFIG(accessibility)
        self.agreedLabel.setText(QCoreApplication.translate("FollowUpPage", u"&Vereinbart am:", None))
#if QT_CONFIG(accessibility)
        self.agreedEdit.setAccessibleName(QCoreApplication.translate("FollowUpPage", u"Plan vereinbart am", None))
#endif // QT_CONFIG(accessibility)
        self.agreedHint.setText(QCoreApplication.translate("FollowUpPage", u"\u201ekein Datum\u201c: der Plan ist noch ein Entwurf.", None))
        self.reviewDueLabel.setText(QCoreApplication.translate("FollowUpPage", u"\u00dc&berpr\u00fcfung am:", None))
#if QT_CONFIG(accessibility)
        self.reviewDueEdit.setAccessibleName(QCoreApplication.translate("FollowUpPage", u"Gemeinsame \u00dcberpr\u00fcfung am", None))
#endif // QT_CONFIG(accessibility)
        self.suggestReviewButton.setText(QCoreApplication.translate("FollowUpPage", u"Vorschlag \u00fcbernehmen", None))
#if QT_CONFIG(accessibility)
        self.suggestReviewButton.setAccessibleName(QCoreApplication.translate("FollowUpPage", u"Vorgeschlagenen \u00dcberpr\u00fcfungstermin \u00fcbernehmen", None))
#endif // QT_CONFIG(accessibility)
        self.reviewWarning.setText("")
        self.followUpGroup.setTitle(QCoreApplication.translate("FollowUpPage", u"Geplante Kontakte", None))
#if QT_CONFIG(accessibility)
        self.followUpTable.setAccessibleName(QCoreApplication.translate("FollowUpPage", u"Geplante Kontakte", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.followUpTable.setAccessibleDescription(QCoreApplication.translate("FollowUpPage", u"Datum, Art, erledigt und Notiz; F2 bearbeitet, Leertaste hakt ab", None))
#endif // QT_CONFIG(accessibility)
        self.addFollowUpButton.setText(QCoreApplication.translate("FollowUpPage", u"&Kontakt planen", None))
#if QT_CONFIG(accessibility)
        self.addFollowUpButton.setAccessibleName(QCoreApplication.translate("FollowUpPage", u"Kontakt planen", None))
#endif // QT_CONFIG(accessibility)
        self.removeFollowUpButton.setText(QCoreApplication.translate("FollowUpPage", u"Kontakt entfernen", None))
#if QT_CONFIG(accessibility)
        self.removeFollowUpButton.setAccessibleName(QCoreApplication.translate("FollowUpPage", u"Ausgew\u00e4hlten Kontakt entfernen", None))
#endif // QT_CONFIG(accessibility)
        self.reviewGroup.setTitle(QCoreApplication.translate("FollowUpPage", u"\u00dcberpr\u00fcfungen", None))
#if QT_CONFIG(accessibility)
        self.reviewList.setAccessibleName(QCoreApplication.translate("FollowUpPage", u"Festgehaltene \u00dcberpr\u00fcfungen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.reviewList.setAccessibleDescription(QCoreApplication.translate("FollowUpPage", u"Datum, GAS-T-Wert, Stufen je Ziel und Ergebnisse der Schritte", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.chartCaption.setAccessibleName(QCoreApplication.translate("FollowUpPage", u"Verlauf der GAS-T-Werte als Text", None))
#endif // QT_CONFIG(accessibility)
        self.chartCaption.setText("")
        self.recordReviewButton.setText(QCoreApplication.translate("FollowUpPage", u"\u00dcberpr\u00fcfung &festhalten \u2026", None))
#if QT_CONFIG(accessibility)
        self.recordReviewButton.setAccessibleName(QCoreApplication.translate("FollowUpPage", u"\u00dcberpr\u00fcfung festhalten", None))
#endif // QT_CONFIG(accessibility)
        self.versionGroup.setTitle(QCoreApplication.translate("FollowUpPage", u"Planversionen", None))
#if QT_CONFIG(accessibility)
        self.versionList.setAccessibleName(QCoreApplication.translate("FollowUpPage", u"Planversionen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.versionList.setAccessibleDescription(QCoreApplication.translate("FollowUpPage", u"Eingabetaste \u00f6ffnet eine fr\u00fchere Version zum Lesen", None))
#endif // QT_CONFIG(accessibility)
        self.openVersionButton.setText(QCoreApplication.translate("FollowUpPage", u"Version &ansehen \u2026", None))
#if QT_CONFIG(accessibility)
        self.openVersionButton.setAccessibleName(QCoreApplication.translate("FollowUpPage", u"Ausgew\u00e4hlte Planversion ansehen", None))
#endif // QT_CONFIG(accessibility)
        self.compareButton.setText(QCoreApplication.translate("FollowUpPage", u"Ver&gleichen \u2026", None))
#if QT_CONFIG(accessibility)
        self.compareButton.setAccessibleName(QCoreApplication.translate("FollowUpPage", u"Zwei Planversionen vergleichen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.compareButton.setToolTip(QCoreApplication.translate("FollowUpPage", u"Ziele und Schritte zweier Versionen nebeneinander: neu, ge\u00e4ndert, entfallen", None))
#endif // QT_CONFIG(tooltip)
        self.printVersionButton.setText(QCoreApplication.translate("FollowUpPage", u"Version dr&ucken \u2026", None))
#if QT_CONFIG(accessibility)
        self.printVersionButton.setAccessibleName(QCoreApplication.translate("FollowUpPage", u"Ausgew\u00e4hlte Planversion drucken", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.printVersionButton.setToolTip(QCoreApplication.translate("FollowUpPage", u"Die ausgew\u00e4hlte Version als PDF speichern: Aktenexemplar mit Versionen und \u00dcberpr\u00fcfungen oder Exemplar f\u00fcr die Kundin/den Kunden", None))
#endif // QT_CONFIG(tooltip)
        self.reviseButton.setText(QCoreApplication.translate("FollowUpPage", u"Plan f&ortschreiben \u2026", None))
#if QT_CONFIG(accessibility)
        self.reviseButton.setAccessibleName(QCoreApplication.translate("FollowUpPage", u"Plan fortschreiben", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.reviseButton.setToolTip(QCoreApplication.translate("FollowUpPage", u"Eine neue Planversion aus der aktuellen machen; die bisherige bleibt unver\u00e4ndert lesbar.", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

