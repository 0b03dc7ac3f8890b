# Generated from forms/followup_compare.ui by pyside6-uic; do not edit.
# Regenerate with `python -m tools.check_forms --write`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'followup_compare.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDialog, QDialogButtonBox, QHBoxLayout,
    QHeaderView, QLabel, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_CompareDialog(object):
    def setupUi(self, CompareDialog):
        if not CompareDialog.objectName():
            CompareDialog.setObjectName(u"CompareDialog")
        self.dialogLayout = QVBoxLayout(CompareDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.chooseLayout = QHBoxLayout()
        self.chooseLayout.setObjectName(u"chooseLayout")
        self.oldLabel = QLabel(CompareDialog)
        self.oldLabel.setObjectName(u"oldLabel")

        self.chooseLayout.addWidget(self.oldLabel)

        self.oldCombo = QComboBox(CompareDialog)
        self.oldCombo.setObjectName(u"oldCombo")

        self.chooseLayout.addWidget(self.oldCombo)

        self.newLabel = QLabel(CompareDialog)
        self.newLabel.setObjectName(u"newLabel")

        self.chooseLayout.addWidget(self.newLabel)

        self.newCombo = QComboBox(CompareDialog)
        self.newCombo.setObjectName(u"newCombo")

        self.chooseLayout.addWidget(self.newCombo)

        self.changesOnlyCheck = QCheckBox(CompareDialog)
        self.changesOnlyCheck.setObjectName(u"changesOnlyCheck")

        self.chooseLayout.addWidget(self.changesOnlyCheck)

        self.chooseSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.chooseLayout.addItem(self.chooseSpacer)

        self.chooseLayout.setStretch(5, 1)

        self.dialogLayout.addLayout(self.chooseLayout)

        self.compareTable = QTableWidget(CompareDialog)
        self.compareTable.setObjectName(u"compareTable")
        self.compareTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.compareTable.setTabKeyNavigation(False)
        self.compareTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.compareTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.compareTable.setWordWrap(True)
        self.compareTable.verticalHeader().setVisible(False)

        self.dialogLayout.addWidget(self.compareTable)

        self.summaryLabel = QLabel(CompareDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.summaryLabel)

        self.buttonBox = QDialogButtonBox(CompareDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)

        self.dialogLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.oldLabel.setBuddy(self.oldCombo)
        self.newLabel.setBuddy(self.newCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.oldCombo, self.newCombo)
        QWidget.setTabOrder(self.newCombo, self.changesOnlyCheck)
        QWidget.setTabOrder(self.changesOnlyCheck, self.compareTable)

        self.retranslateUi(CompareDialog)

        QMetaObject.connectSlotsByName(CompareDialog)
    # setupUi

    def retranslateUi(self, CompareDialog):
        CompareDialog.setWindowTitle(QCoreApplication.translate("CompareDialog", u"Planversionen vergleichen", None))
#if QT_CONFIG(accessibility)
        CompareDialog.setAccessibleName(QCoreApplication.translate("CompareDialog", u"Planversionen vergleichen", None))
#endif // QT_CONFIG(accessibility)
        self.oldLabel.setText(QCoreApplication.translate("CompareDialog", u"&Fr\u00fchere Version:", None))
#if QT_CONFIG(accessibility)
        self.oldCombo.setAccessibleName(QCoreApplication.translate("CompareDialog", u"Fr\u00fchere Version", None))
#endif // QT_CONFIG(accessibility)
        self.newLabel.setText(QCoreApplication.translate("CompareDialog", u"&Sp\u00e4tere Version:", None))
#if QT_CONFIG(accessibility)
        self.newCombo.setAccessibleName(QCoreApplication.translate("CompareDialog", u"Sp\u00e4tere Version", None))
#endif // QT_CONFIG(accessibility)
        self.changesOnlyCheck.setText(QCoreApplication.translate("CompareDialog", u"&Nur \u00c4nderungen", None))
#if QT_CONFIG(accessibility)
        self.changesOnlyCheck.setAccessibleName(QCoreApplication.translate("CompareDialog", u"Nur \u00c4nderungen zeigen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.compareTable.setAccessibleName(QCoreApplication.translate("CompareDialog", u"Ziele und Schritte beider Versionen nebeneinander", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.summaryLabel.setAccessibleName(QCoreApplication.translate("CompareDialog", u"Zusammenfassung des Vergleichs", None))
#endif // QT_CONFIG(accessibility)
        self.summaryLabel.setText("")
    # retranslateUi

