# Generated from forms/workspace_analysis.ui by pyside6-uic; do not edit.
# Regenerate with `python -m tools.check_forms --write`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'workspace_analysis.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

from counsel_app.ui.workspace.dates import OptionalDateEdit

class Ui_AnalysisPage(object):
    def setupUi(self, AnalysisPage):
        if not AnalysisPage.objectName():
            AnalysisPage.setObjectName(u"AnalysisPage")
        self.pageLayout = QVBoxLayout(AnalysisPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.dateLayout = QHBoxLayout()
        self.dateLayout.setObjectName(u"dateLayout")
        self.dateLabel = QLabel(AnalysisPage)
        self.dateLabel.setObjectName(u"dateLabel")

        self.dateLayout.addWidget(self.dateLabel)

        self.dateEdit = OptionalDateEdit(AnalysisPage)
        self.dateEdit.setObjectName(u"dateEdit")

        self.dateLayout.addWidget(self.dateEdit)

        self.dateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dateLayout.addItem(self.dateSpacer)


        self.pageLayout.addLayout(self.dateLayout)

        self.strengthGroup = QGroupBox(AnalysisPage)
        self.strengthGroup.setObjectName(u"strengthGroup")
        self.strengthLayout = QHBoxLayout(self.strengthGroup)
        self.strengthLayout.setObjectName(u"strengthLayout")
        self.strengthTable = QTableView(self.strengthGroup)
        self.strengthTable.setObjectName(u"strengthTable")
        self.strengthTable.setTabKeyNavigation(False)
        self.strengthTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.strengthTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.strengthTable.setWordWrap(True)
        self.strengthTable.horizontalHeader().setVisible(False)
        self.strengthTable.horizontalHeader().setStretchLastSection(True)

        self.strengthLayout.addWidget(self.strengthTable)

        self.strengthButtons = QVBoxLayout()
        self.strengthButtons.setObjectName(u"strengthButtons")
        self.addStrengthButton = QPushButton(self.strengthGroup)
        self.addStrengthButton.setObjectName(u"addStrengthButton")

        self.strengthButtons.addWidget(self.addStrengthButton)

        self.removeStrengthButton = QPushButton(self.strengthGroup)
        self.removeStrengthButton.setObjectName(u"removeStrengthButton")

        self.strengthButtons.addWidget(self.removeStrengthButton)

        self.strengthSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.strengthButtons.addItem(self.strengthSpacer)


        self.strengthLayout.addLayout(self.strengthButtons)

        self.strengthLayout.setStretch(0, 1)

        self.pageLayout.addWidget(self.strengthGroup)

        self.obstacleGroup = QGroupBox(AnalysisPage)
        self.obstacleGroup.setObjectName(u"obstacleGroup")
        self.obstacleLayout = QHBoxLayout(self.obstacleGroup)
        self.obstacleLayout.setObjectName(u"obstacleLayout")
        self.obstacleTable = QTableView(self.obstacleGroup)
        self.obstacleTable.setObjectName(u"obstacleTable")
        self.obstacleTable.setTabKeyNavigation(False)
        self.obstacleTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.obstacleTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.obstacleTable.setWordWrap(True)
        self.obstacleTable.horizontalHeader().setStretchLastSection(True)
        self.obstacleTable.verticalHeader().setVisible(False)

        self.obstacleLayout.addWidget(self.obstacleTable)

        self.obstacleButtons = QVBoxLayout()
        self.obstacleButtons.setObjectName(u"obstacleButtons")
        self.addObstacleButton = QPushButton(self.obstacleGroup)
        self.addObstacleButton.setObjectName(u"addObstacleButton")

        self.obstacleButtons.addWidget(self.addObstacleButton)

        self.removeObstacleButton = QPushButton(self.obstacleGroup)
        self.removeObstacleButton.setObjectName(u"removeObstacleButton")

        self.obstacleButtons.addWidget(self.removeObstacleButton)

        self.obstacleSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.obstacleButtons.addItem(self.obstacleSpacer)


        self.obstacleLayout.addLayout(self.obstacleButtons)

        self.obstacleLayout.setStretch(0, 1)

        self.pageLayout.addWidget(self.obstacleGroup)

        self.clientViewGroup = QGroupBox(AnalysisPage)
        self.clientViewGroup.setObjectName(u"clientViewGroup")
        self.clientViewLayout = QVBoxLayout(self.clientViewGroup)
        self.clientViewLayout.setObjectName(u"clientViewLayout")
        self.clientViewEdit = QPlainTextEdit(self.clientViewGroup)
        self.clientViewEdit.setObjectName(u"clientViewEdit")
        self.clientViewEdit.setTabChangesFocus(True)

        self.clientViewLayout.addWidget(self.clientViewEdit)


        self.pageLayout.addWidget(self.clientViewGroup)

        self.pageLayout.setStretch(1, 2)
        self.pageLayout.setStretch(2, 3)
        self.pageLayout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dateEdit, self.strengthTable)
        QWidget.setTabOrder(self.strengthTable, self.addStrengthButton)
        QWidget.setTabOrder(self.addStrengthButton, self.removeStrengthButton)
        QWidget.setTabOrder(self.removeStrengthButton, self.obstacleTable)
        QWidget.setTabOrder(self.obstacleTable, self.addObstacleButton)
        QWidget.setTabOrder(self.addObstacleButton, self.removeObstacleButton)
        QWidget.setTabOrder(self.removeObstacleButton, self.clientViewEdit)

        self.retranslateUi(AnalysisPage)

        QMetaObject.connectSlotsByName(AnalysisPage)
    # setupUi

    def retranslateUi(self, AnalysisPage):
#if QT_CONFIG(accessibility)
        AnalysisPage.setAccessibleName(QCoreApplication.translate("AnalysisPage", u"Potenzialanalyse", None))
#endif // QT_CONFIG(accessibility)
        self.dateLabel.setText(QCoreApplication.translate("AnalysisPage", u"&Datum der Potenzialanalyse:", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("AnalysisPage", u"Datum der Potenzialanalyse", None))
#endif // QT_CONFIG(accessibility)
        self.strengthGroup.setTitle(QCoreApplication.translate("AnalysisPage", u"St\u00e4rken", None))
#if QT_CONFIG(accessibility)
        self.strengthTable.setAccessibleName(QCoreApplication.translate("AnalysisPage", u"St\u00e4rken", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.strengthTable.setAccessibleDescription(QCoreApplication.translate("AnalysisPage", u"Eine St\u00e4rke je Zeile; F2 oder Doppelklick zum Bearbeiten", None))
#endif // QT_CONFIG(accessibility)
        self.addStrengthButton.setText(QCoreApplication.translate("AnalysisPage", u"St\u00e4rke &hinzuf\u00fcgen", None))
#if QT_CONFIG(accessibility)
        self.addStrengthButton.setAccessibleName(QCoreApplication.translate("AnalysisPage", u"St\u00e4rke hinzuf\u00fcgen", None))
#endif // QT_CONFIG(accessibility)
        self.removeStrengthButton.setText(QCoreApplication.translate("AnalysisPage", u"St\u00e4rke entfernen", None))
#if QT_CONFIG(accessibility)
        self.removeStrengthButton.setAccessibleName(QCoreApplication.translate("AnalysisPage", u"Ausgew\u00e4hlte St\u00e4rke entfernen", None))
#endif // QT_CONFIG(accessibility)
        self.obstacleGroup.setTitle(QCoreApplication.translate("AnalysisPage", u"Erschwerende Umst\u00e4nde", None))
#if QT_CONFIG(accessibility)
        self.obstacleTable.setAccessibleName(QCoreApplication.translate("AnalysisPage", u"Erschwerende Umst\u00e4nde", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.obstacleTable.setAccessibleDescription(QCoreApplication.translate("AnalysisPage", u"Kategorie, Beschreibung, Grund zum Zur\u00fcckstellen und ob ein Ziel oder Schritt daran arbeitet", None))
#endif // QT_CONFIG(accessibility)
        self.addObstacleButton.setText(QCoreApplication.translate("AnalysisPage", u"&Umstand hinzuf\u00fcgen", None))
#if QT_CONFIG(accessibility)
        self.addObstacleButton.setAccessibleName(QCoreApplication.translate("AnalysisPage", u"Erschwerenden Umstand hinzuf\u00fcgen", None))
#endif // QT_CONFIG(accessibility)
        self.removeObstacleButton.setText(QCoreApplication.translate("AnalysisPage", u"Umstand entfernen", None))
#if QT_CONFIG(accessibility)
        self.removeObstacleButton.setAccessibleName(QCoreApplication.translate("AnalysisPage", u"Ausgew\u00e4hlten erschwerenden Umstand entfernen", None))
#endif // QT_CONFIG(accessibility)
        self.clientViewGroup.setTitle(QCoreApplication.translate("AnalysisPage", u"Sicht der Kundin oder des Kunden", None))
#if QT_CONFIG(accessibility)
        self.clientViewEdit.setAccessibleName(QCoreApplication.translate("AnalysisPage", u"Sicht der Kundin oder des Kunden", None))
#endif // QT_CONFIG(accessibility)
        self.clientViewEdit.setPlaceholderText(QCoreApplication.translate("AnalysisPage", u"Was sagt die Person selbst: W\u00fcnsche, Sorgen, was ihr wichtig ist \u2013 m\u00f6glichst in ihren Worten.", None))
    # retranslateUi

