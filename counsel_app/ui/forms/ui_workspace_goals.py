# Generated from forms/workspace_goals.ui by pyside6-uic; do not edit.
# Regenerate with `python -m tools.check_forms --write`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'workspace_goals.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFormLayout, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTableView, QVBoxLayout, QWidget)

from counsel_app.ui.workspace.dates import OptionalDateEdit

class Ui_GoalsPage(object):
    def setupUi(self, GoalsPage):
        if not GoalsPage.objectName():
            GoalsPage.setObjectName(u"GoalsPage")
        self.pageLayout = QVBoxLayout(GoalsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.splitter = QSplitter(GoalsPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.goalGroup = QGroupBox(self.splitter)
        self.goalGroup.setObjectName(u"goalGroup")
        self.goalLayout = QHBoxLayout(self.goalGroup)
        self.goalLayout.setObjectName(u"goalLayout")
        self.goalListLayout = QVBoxLayout()
        self.goalListLayout.setObjectName(u"goalListLayout")
        self.goalList = QListWidget(self.goalGroup)
        self.goalList.setObjectName(u"goalList")
        self.goalList.setWordWrap(True)

        self.goalListLayout.addWidget(self.goalList)

        self.goalButtons = QHBoxLayout()
        self.goalButtons.setObjectName(u"goalButtons")
        self.addGoalButton = QPushButton(self.goalGroup)
        self.addGoalButton.setObjectName(u"addGoalButton")

        self.goalButtons.addWidget(self.addGoalButton)

        self.addIntegrationGoalButton = QPushButton(self.goalGroup)
        self.addIntegrationGoalButton.setObjectName(u"addIntegrationGoalButton")

        self.goalButtons.addWidget(self.addIntegrationGoalButton)

        self.removeGoalButton = QPushButton(self.goalGroup)
        self.removeGoalButton.setObjectName(u"removeGoalButton")

        self.goalButtons.addWidget(self.removeGoalButton)


        self.goalListLayout.addLayout(self.goalButtons)


        self.goalLayout.addLayout(self.goalListLayout)

        self.goalDetail = QWidget(self.goalGroup)
        self.goalDetail.setObjectName(u"goalDetail")
        self.goalForm = QFormLayout(self.goalDetail)
        self.goalForm.setObjectName(u"goalForm")
        self.goalForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.goalForm.setContentsMargins(0, 0, 0, 0)
        self.goalTextLabel = QLabel(self.goalDetail)
        self.goalTextLabel.setObjectName(u"goalTextLabel")

        self.goalForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.goalTextLabel)

        self.goalTextEdit = QPlainTextEdit(self.goalDetail)
        self.goalTextEdit.setObjectName(u"goalTextEdit")

        self.goalForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.goalTextEdit)

        self.clientWordsLabel = QLabel(self.goalDetail)
        self.clientWordsLabel.setObjectName(u"clientWordsLabel")

        self.goalForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.clientWordsLabel)

        self.clientWordsEdit = QPlainTextEdit(self.goalDetail)
        self.clientWordsEdit.setObjectName(u"clientWordsEdit")
        self.clientWordsEdit.setTabChangesFocus(True)

        self.goalForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.clientWordsEdit)

        self.targetDateLabel = QLabel(self.goalDetail)
        self.targetDateLabel.setObjectName(u"targetDateLabel")

        self.goalForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.targetDateLabel)

        self.targetDateEdit = OptionalDateEdit(self.goalDetail)
        self.targetDateEdit.setObjectName(u"targetDateEdit")

        self.goalForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.targetDateEdit)

        self.goalObstacleLabel = QLabel(self.goalDetail)
        self.goalObstacleLabel.setObjectName(u"goalObstacleLabel")

        self.goalForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.goalObstacleLabel)

        self.goalObstacleList = QListWidget(self.goalDetail)
        self.goalObstacleList.setObjectName(u"goalObstacleList")

        self.goalForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.goalObstacleList)

        self.gasGroup = QGroupBox(self.goalDetail)
        self.gasGroup.setObjectName(u"gasGroup")
        self.gasGroup.setCheckable(True)
        self.gasGroup.setChecked(False)
        self.gasForm = QFormLayout(self.gasGroup)
        self.gasForm.setObjectName(u"gasForm")
        self.gasMinus2Label = QLabel(self.gasGroup)
        self.gasMinus2Label.setObjectName(u"gasMinus2Label")

        self.gasForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.gasMinus2Label)

        self.gasMinus2Edit = QLineEdit(self.gasGroup)
        self.gasMinus2Edit.setObjectName(u"gasMinus2Edit")

        self.gasForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.gasMinus2Edit)

        self.gasMinus1Label = QLabel(self.gasGroup)
        self.gasMinus1Label.setObjectName(u"gasMinus1Label")

        self.gasForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.gasMinus1Label)

        self.gasMinus1Edit = QLineEdit(self.gasGroup)
        self.gasMinus1Edit.setObjectName(u"gasMinus1Edit")

        self.gasForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.gasMinus1Edit)

        self.gasZeroLabel = QLabel(self.gasGroup)
        self.gasZeroLabel.setObjectName(u"gasZeroLabel")

        self.gasForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.gasZeroLabel)

        self.gasZeroEdit = QLineEdit(self.gasGroup)
        self.gasZeroEdit.setObjectName(u"gasZeroEdit")

        self.gasForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.gasZeroEdit)

        self.gasPlus1Label = QLabel(self.gasGroup)
        self.gasPlus1Label.setObjectName(u"gasPlus1Label")

        self.gasForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.gasPlus1Label)

        self.gasPlus1Edit = QLineEdit(self.gasGroup)
        self.gasPlus1Edit.setObjectName(u"gasPlus1Edit")

        self.gasForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.gasPlus1Edit)

        self.gasPlus2Label = QLabel(self.gasGroup)
        self.gasPlus2Label.setObjectName(u"gasPlus2Label")

        self.gasForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.gasPlus2Label)

        self.gasPlus2Edit = QLineEdit(self.gasGroup)
        self.gasPlus2Edit.setObjectName(u"gasPlus2Edit")

        self.gasForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.gasPlus2Edit)


        self.goalForm.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.gasGroup)


        self.goalLayout.addWidget(self.goalDetail)

        self.goalLayout.setStretch(0, 2)
        self.goalLayout.setStretch(1, 3)
        self.splitter.addWidget(self.goalGroup)
        self.stepGroup = QGroupBox(self.splitter)
        self.stepGroup.setObjectName(u"stepGroup")
        self.stepLayout = QVBoxLayout(self.stepGroup)
        self.stepLayout.setObjectName(u"stepLayout")
        self.stepButtons = QHBoxLayout()
        self.stepButtons.setObjectName(u"stepButtons")
        self.addStepButton = QPushButton(self.stepGroup)
        self.addStepButton.setObjectName(u"addStepButton")

        self.stepButtons.addWidget(self.addStepButton)

        self.removeStepButton = QPushButton(self.stepGroup)
        self.removeStepButton.setObjectName(u"removeStepButton")

        self.stepButtons.addWidget(self.removeStepButton)

        self.moveUpButton = QPushButton(self.stepGroup)
        self.moveUpButton.setObjectName(u"moveUpButton")

        self.stepButtons.addWidget(self.moveUpButton)

        self.moveDownButton = QPushButton(self.stepGroup)
        self.moveDownButton.setObjectName(u"moveDownButton")

        self.stepButtons.addWidget(self.moveDownButton)

        self.stepButtonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.stepButtons.addItem(self.stepButtonSpacer)


        self.stepLayout.addLayout(self.stepButtons)

        self.stepTable = QTableView(self.stepGroup)
        self.stepTable.setObjectName(u"stepTable")
        self.stepTable.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.stepTable.setTabKeyNavigation(False)
        self.stepTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.stepTable.setWordWrap(False)
        self.stepTable.horizontalHeader().setStretchLastSection(False)

        self.stepLayout.addWidget(self.stepTable)

        self.stepDetail = QGridLayout()
        self.stepDetail.setObjectName(u"stepDetail")
        self.stepTextLabel = QLabel(self.stepGroup)
        self.stepTextLabel.setObjectName(u"stepTextLabel")

        self.stepDetail.addWidget(self.stepTextLabel, 0, 0, 1, 1)

        self.stepPlainLabel = QLabel(self.stepGroup)
        self.stepPlainLabel.setObjectName(u"stepPlainLabel")

        self.stepDetail.addWidget(self.stepPlainLabel, 0, 1, 1, 1)

        self.stepCriterionLabel = QLabel(self.stepGroup)
        self.stepCriterionLabel.setObjectName(u"stepCriterionLabel")

        self.stepDetail.addWidget(self.stepCriterionLabel, 0, 2, 1, 1)

        self.stepTextEdit = QPlainTextEdit(self.stepGroup)
        self.stepTextEdit.setObjectName(u"stepTextEdit")

        self.stepDetail.addWidget(self.stepTextEdit, 1, 0, 1, 1)

        self.stepPlainEdit = QPlainTextEdit(self.stepGroup)
        self.stepPlainEdit.setObjectName(u"stepPlainEdit")

        self.stepDetail.addWidget(self.stepPlainEdit, 1, 1, 1, 1)

        self.stepCriterionEdit = QPlainTextEdit(self.stepGroup)
        self.stepCriterionEdit.setObjectName(u"stepCriterionEdit")

        self.stepDetail.addWidget(self.stepCriterionEdit, 1, 2, 1, 1)


        self.stepLayout.addLayout(self.stepDetail)

        self.stepLayout.setStretch(1, 3)
        self.splitter.addWidget(self.stepGroup)

        self.pageLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.goalTextLabel.setBuddy(self.goalTextEdit)
        self.clientWordsLabel.setBuddy(self.clientWordsEdit)
        self.targetDateLabel.setBuddy(self.targetDateEdit)
        self.goalObstacleLabel.setBuddy(self.goalObstacleList)
        self.gasMinus2Label.setBuddy(self.gasMinus2Edit)
        self.gasMinus1Label.setBuddy(self.gasMinus1Edit)
        self.gasZeroLabel.setBuddy(self.gasZeroEdit)
        self.gasPlus1Label.setBuddy(self.gasPlus1Edit)
        self.gasPlus2Label.setBuddy(self.gasPlus2Edit)
        self.stepTextLabel.setBuddy(self.stepTextEdit)
        self.stepPlainLabel.setBuddy(self.stepPlainEdit)
        self.stepCriterionLabel.setBuddy(self.stepCriterionEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(GoalsPage)

        QMetaObject.connectSlotsByName(GoalsPage)
    # setupUi

    def retranslateUi(self, GoalsPage):
#if QT_CONFIG(accessibility)
        GoalsPage.setAccessibleName(QCoreApplication.translate("GoalsPage", u"Ziele und Schritte", None))
#endif // QT_CONFIG(accessibility)
        self.goalGroup.setTitle(QCoreApplication.translate("GoalsPage", u"Ziele", None))
#if QT_CONFIG(accessibility)
        self.goalList.setAccessibleName(QCoreApplication.translate("GoalsPage", u"Ziele", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.goalList.setAccessibleDescription(QCoreApplication.translate("GoalsPage", u"Eingliederungsziel und Zwischenziele; das ausgew\u00e4hlte Ziel wird rechts bearbeitet", None))
#endif // QT_CONFIG(accessibility)
        self.addGoalButton.setText(QCoreApplication.translate("GoalsPage", u"&Zwischenziel", None))
#if QT_CONFIG(tooltip)
        self.addGoalButton.setToolTip(QCoreApplication.translate("GoalsPage", u"Ein Zwischenziel hinzuf\u00fcgen (Strg+Umschalt+G)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.addGoalButton.setAccessibleName(QCoreApplication.translate("GoalsPage", u"Zwischenziel hinzuf\u00fcgen", None))
#endif // QT_CONFIG(accessibility)
        self.addIntegrationGoalButton.setText(QCoreApplication.translate("GoalsPage", u"&Eingliederungsziel", None))
#if QT_CONFIG(tooltip)
        self.addIntegrationGoalButton.setToolTip(QCoreApplication.translate("GoalsPage", u"Das Eingliederungsziel anlegen (es gibt eines je Plan)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.addIntegrationGoalButton.setAccessibleName(QCoreApplication.translate("GoalsPage", u"Eingliederungsziel anlegen", None))
#endif // QT_CONFIG(accessibility)
        self.removeGoalButton.setText(QCoreApplication.translate("GoalsPage", u"Entfernen", None))
#if QT_CONFIG(accessibility)
        self.removeGoalButton.setAccessibleName(QCoreApplication.translate("GoalsPage", u"Ausgew\u00e4hltes Ziel entfernen", None))
#endif // QT_CONFIG(accessibility)
        self.goalTextLabel.setText(QCoreApplication.translate("GoalsPage", u"Zie&l:", None))
#if QT_CONFIG(accessibility)
        self.goalTextEdit.setAccessibleName(QCoreApplication.translate("GoalsPage", u"Ziel", None))
#endif // QT_CONFIG(accessibility)
        self.goalTextEdit.setPlaceholderText(QCoreApplication.translate("GoalsPage", u"Was ist erreicht? Beobachtbar und in einfacher Sprache.", None))
        self.clientWordsLabel.setText(QCoreApplication.translate("GoalsPage", u"In eigenen &Worten:", None))
#if QT_CONFIG(accessibility)
        self.clientWordsEdit.setAccessibleName(QCoreApplication.translate("GoalsPage", u"Ziel in den Worten der Kundin oder des Kunden", None))
#endif // QT_CONFIG(accessibility)
        self.clientWordsEdit.setPlaceholderText(QCoreApplication.translate("GoalsPage", u"Wie sagt die Person es selbst?", None))
        self.targetDateLabel.setText(QCoreApplication.translate("GoalsPage", u"Ziel&datum:", None))
#if QT_CONFIG(accessibility)
        self.targetDateEdit.setAccessibleName(QCoreApplication.translate("GoalsPage", u"Zieldatum", None))
#endif // QT_CONFIG(accessibility)
        self.goalObstacleLabel.setText(QCoreApplication.translate("GoalsPage", u"Arbeitet an:", None))
#if QT_CONFIG(accessibility)
        self.goalObstacleList.setAccessibleName(QCoreApplication.translate("GoalsPage", u"Erschwerende Umst\u00e4nde, an denen dieses Ziel arbeitet", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.goalObstacleList.setAccessibleDescription(QCoreApplication.translate("GoalsPage", u"Leertaste kreuzt an; daneben steht, ob ein Ziel oder Schritt daran arbeitet oder warum er zur\u00fcckgestellt ist", None))
#endif // QT_CONFIG(accessibility)
        self.gasGroup.setTitle(QCoreApplication.translate("GoalsPage", u"Zielerreichungsskala (GAS) \u2013 aufklappen", None))
#if QT_CONFIG(accessibility)
        self.gasGroup.setAccessibleName(QCoreApplication.translate("GoalsPage", u"Zielerreichungsskala verwenden", None))
#endif // QT_CONFIG(accessibility)
        self.gasMinus2Label.setText(QCoreApplication.translate("GoalsPage", u"\u22122:", None))
#if QT_CONFIG(accessibility)
        self.gasMinus2Edit.setAccessibleName(QCoreApplication.translate("GoalsPage", u"GAS \u22122: viel weniger als erwartet", None))
#endif // QT_CONFIG(accessibility)
        self.gasMinus2Edit.setPlaceholderText(QCoreApplication.translate("GoalsPage", u"viel weniger als erwartet", None))
        self.gasMinus1Label.setText(QCoreApplication.translate("GoalsPage", u"\u22121:", None))
#if QT_CONFIG(accessibility)
        self.gasMinus1Edit.setAccessibleName(QCoreApplication.translate("GoalsPage", u"GAS \u22121: etwas weniger als erwartet", None))
#endif // QT_CONFIG(accessibility)
        self.gasMinus1Edit.setPlaceholderText(QCoreApplication.translate("GoalsPage", u"etwas weniger als erwartet", None))
        self.gasZeroLabel.setText(QCoreApplication.translate("GoalsPage", u"0:", None))
#if QT_CONFIG(accessibility)
        self.gasZeroEdit.setAccessibleName(QCoreApplication.translate("GoalsPage", u"GAS 0: wie erwartet", None))
#endif // QT_CONFIG(accessibility)
        self.gasZeroEdit.setPlaceholderText(QCoreApplication.translate("GoalsPage", u"wie erwartet", None))
        self.gasPlus1Label.setText(QCoreApplication.translate("GoalsPage", u"+1:", None))
#if QT_CONFIG(accessibility)
        self.gasPlus1Edit.setAccessibleName(QCoreApplication.translate("GoalsPage", u"GAS +1: etwas mehr als erwartet", None))
#endif // QT_CONFIG(accessibility)
        self.gasPlus1Edit.setPlaceholderText(QCoreApplication.translate("GoalsPage", u"etwas mehr als erwartet", None))
        self.gasPlus2Label.setText(QCoreApplication.translate("GoalsPage", u"+2:", None))
#if QT_CONFIG(accessibility)
        self.gasPlus2Edit.setAccessibleName(QCoreApplication.translate("GoalsPage", u"GAS +2: viel mehr als erwartet", None))
#endif // QT_CONFIG(accessibility)
        self.gasPlus2Edit.setPlaceholderText(QCoreApplication.translate("GoalsPage", u"viel mehr als erwartet", None))
        self.stepGroup.setTitle(QCoreApplication.translate("GoalsPage", u"Schritte", None))
        self.addStepButton.setText(QCoreApplication.translate("GoalsPage", u"&Schritt hinzuf\u00fcgen", None))
#if QT_CONFIG(tooltip)
        self.addStepButton.setToolTip(QCoreApplication.translate("GoalsPage", u"Einen Schritt zum ausgew\u00e4hlten Ziel hinzuf\u00fcgen (Strg+Umschalt+N)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.addStepButton.setAccessibleName(QCoreApplication.translate("GoalsPage", u"Schritt hinzuf\u00fcgen", None))
#endif // QT_CONFIG(accessibility)
        self.removeStepButton.setText(QCoreApplication.translate("GoalsPage", u"Schritt entfernen", None))
#if QT_CONFIG(accessibility)
        self.removeStepButton.setAccessibleName(QCoreApplication.translate("GoalsPage", u"Ausgew\u00e4hlten Schritt entfernen", None))
#endif // QT_CONFIG(accessibility)
        self.moveUpButton.setText(QCoreApplication.translate("GoalsPage", u"Nach oben", None))
#if QT_CONFIG(tooltip)
        self.moveUpButton.setToolTip(QCoreApplication.translate("GoalsPage", u"Schritt nach oben (Alt+\u2191)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.moveUpButton.setAccessibleName(QCoreApplication.translate("GoalsPage", u"Schritt nach oben", None))
#endif // QT_CONFIG(accessibility)
        self.moveDownButton.setText(QCoreApplication.translate("GoalsPage", u"Nach unten", None))
#if QT_CONFIG(tooltip)
        self.moveDownButton.setToolTip(QCoreApplication.translate("GoalsPage", u"Schritt nach unten (Alt+\u2193)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.moveDownButton.setAccessibleName(QCoreApplication.translate("GoalsPage", u"Schritt nach unten", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.stepTable.setAccessibleName(QCoreApplication.translate("GoalsPage", u"Schritte", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.stepTable.setAccessibleDescription(QCoreApplication.translate("GoalsPage", u"F2 bearbeitet die Zelle; Alt+Pfeil auf/ab verschiebt den Schritt", None))
#endif // QT_CONFIG(accessibility)
        self.stepTextLabel.setText(QCoreApplication.translate("GoalsPage", u"&Was (Schritt):", None))
        self.stepPlainLabel.setText(QCoreApplication.translate("GoalsPage", u"F\u00fcr die Kundin/den Kunden in einfacher Sprache:", None))
        self.stepCriterionLabel.setText(QCoreApplication.translate("GoalsPage", u"Wo&ran erkennbar:", None))
#if QT_CONFIG(accessibility)
        self.stepTextEdit.setAccessibleName(QCoreApplication.translate("GoalsPage", u"Was (Schritt)", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.stepPlainEdit.setAccessibleName(QCoreApplication.translate("GoalsPage", u"Schritt in einfacher Sprache f\u00fcr die Kundin oder den Kunden", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.stepCriterionEdit.setAccessibleName(QCoreApplication.translate("GoalsPage", u"Woran erkennbar", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

