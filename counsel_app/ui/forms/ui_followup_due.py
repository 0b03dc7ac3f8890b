# Generated from forms/followup_due.ui by pyside6-uic; do not edit.
# Regenerate with `python -m tools.check_forms --write`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'followup_due.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QTabBar,
    QTableView, QVBoxLayout, QWidget)

class Ui_DuePage(object):
    def setupUi(self, DuePage):
        if not DuePage.objectName():
            DuePage.setObjectName(u"DuePage")
        self.pageLayout = QVBoxLayout(DuePage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, 0, 0, 0)
        self.titleLabel = QLabel(DuePage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.pageLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(DuePage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.introLabel)

        self.bucketTabs = QTabBar(DuePage)
        self.bucketTabs.setObjectName(u"bucketTabs")

        self.pageLayout.addWidget(self.bucketTabs)

        self.dueTable = QTableView(DuePage)
        self.dueTable.setObjectName(u"dueTable")
        self.dueTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.dueTable.setTabKeyNavigation(False)
        self.dueTable.setAlternatingRowColors(True)
        self.dueTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.dueTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.dueTable.setSortingEnabled(True)
        self.dueTable.setWordWrap(False)
        self.dueTable.verticalHeader().setVisible(False)

        self.pageLayout.addWidget(self.dueTable)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.countLabel = QLabel(DuePage)
        self.countLabel.setObjectName(u"countLabel")

        self.buttonLayout.addWidget(self.countLabel)

        self.openButton = QPushButton(DuePage)
        self.openButton.setObjectName(u"openButton")

        self.buttonLayout.addWidget(self.openButton)

        self.icsButton = QPushButton(DuePage)
        self.icsButton.setObjectName(u"icsButton")

        self.buttonLayout.addWidget(self.icsButton)

        self.buttonLayout.setStretch(0, 1)

        self.pageLayout.addLayout(self.buttonLayout)

        self.pageLayout.setStretch(3, 1)
        QWidget.setTabOrder(self.bucketTabs, self.dueTable)
        QWidget.setTabOrder(self.dueTable, self.openButton)
        QWidget.setTabOrder(self.openButton, self.icsButton)

        self.retranslateUi(DuePage)

        QMetaObject.connectSlotsByName(DuePage)
    # setupUi

    def retranslateUi(self, DuePage):
#if QT_CONFIG(accessibility)
        DuePage.setAccessibleName(QCoreApplication.translate("DuePage", u"Wiedervorlage", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("DuePage", u"Wiedervorlage", None))
        self.introLabel.setText(QCoreApplication.translate("DuePage", u"F\u00e4llige \u00dcberpr\u00fcfungen, \u00fcberf\u00e4llige Schritte, geplante Kontakte und Pl\u00e4ne, die seit mehr als sechs Monaten nicht \u00fcberpr\u00fcft wurden. Doppelklick oder Eingabetaste \u00f6ffnet den Fall auf der passenden Seite.", None))
#if QT_CONFIG(accessibility)
        self.bucketTabs.setAccessibleName(QCoreApplication.translate("DuePage", u"Zeitraum der Wiedervorlage", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.bucketTabs.setAccessibleDescription(QCoreApplication.translate("DuePage", u"Heute f\u00e4llig, diese Woche, \u00fcberf\u00e4llig oder alle; Pfeiltasten wechseln", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dueTable.setAccessibleName(QCoreApplication.translate("DuePage", u"F\u00e4llige Eintr\u00e4ge", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dueTable.setAccessibleDescription(QCoreApplication.translate("DuePage", u"Datum, Kundennummer, was f\u00e4llig ist und die Seite des Falls; Klick auf eine Spalten\u00fcberschrift sortiert, Eingabetaste \u00f6ffnet den Fall", None))
#endif // QT_CONFIG(accessibility)
        self.countLabel.setText("")
        self.openButton.setText(QCoreApplication.translate("DuePage", u"Fall \u00f6&ffnen", None))
#if QT_CONFIG(accessibility)
        self.openButton.setAccessibleName(QCoreApplication.translate("DuePage", u"Ausgew\u00e4hlten Fall auf der passenden Seite \u00f6ffnen", None))
#endif // QT_CONFIG(accessibility)
        self.icsButton.setText(QCoreApplication.translate("DuePage", u"Als &Kalenderdatei \u2026", None))
#if QT_CONFIG(accessibility)
        self.icsButton.setAccessibleName(QCoreApplication.translate("DuePage", u"Termine als Kalenderdatei exportieren", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.icsButton.setToolTip(QCoreApplication.translate("DuePage", u"\u00dcberpr\u00fcfungs- und Kontakttermine als .ics-Datei f\u00fcr den B\u00fcrokalender (nur Kundennummern, keine Namen)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

