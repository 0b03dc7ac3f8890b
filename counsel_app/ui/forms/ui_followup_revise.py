# Generated from forms/followup_revise.ui by pyside6-uic; do not edit.
# Regenerate with `python -m tools.check_forms --write`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'followup_revise.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QFormLayout, QHeaderView, QLabel,
    QPlainTextEdit, QSizePolicy, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

from counsel_app.ui.workspace.dates import OptionalDateEdit

class Ui_ReviseDialog(object):
    def setupUi(self, ReviseDialog):
        if not ReviseDialog.objectName():
            ReviseDialog.setObjectName(u"ReviseDialog")
        self.dialogLayout = QVBoxLayout(ReviseDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(ReviseDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.dateForm = QFormLayout()
        self.dateForm.setObjectName(u"dateForm")
        self.startLabel = QLabel(ReviseDialog)
        self.startLabel.setObjectName(u"startLabel")

        self.dateForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startEdit = OptionalDateEdit(ReviseDialog)
        self.startEdit.setObjectName(u"startEdit")

        self.dateForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.startEdit)

        self.reviewDueLabel = QLabel(ReviseDialog)
        self.reviewDueLabel.setObjectName(u"reviewDueLabel")

        self.dateForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reviewDueLabel)

        self.reviewDueEdit = OptionalDateEdit(ReviseDialog)
        self.reviewDueEdit.setObjectName(u"reviewDueEdit")

        self.dateForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reviewDueEdit)


        self.dialogLayout.addLayout(self.dateForm)

        self.itemTable = QTableWidget(ReviseDialog)
        self.itemTable.setObjectName(u"itemTable")
        self.itemTable.setTabKeyNavigation(False)
        self.itemTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.itemTable.setWordWrap(True)
        self.itemTable.verticalHeader().setVisible(False)

        self.dialogLayout.addWidget(self.itemTable)

        self.noteLabel = QLabel(ReviseDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.noteLabel)

        self.noteEdit = QPlainTextEdit(ReviseDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setMaximumSize(QSize(16777215, 80))
        self.noteEdit.setTabChangesFocus(True)

        self.dialogLayout.addWidget(self.noteEdit)

        self.errorLabel = QLabel(ReviseDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ReviseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

        self.dialogLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.startLabel.setBuddy(self.startEdit)
        self.reviewDueLabel.setBuddy(self.reviewDueEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.startEdit, self.reviewDueEdit)
        QWidget.setTabOrder(self.reviewDueEdit, self.itemTable)
        QWidget.setTabOrder(self.itemTable, self.noteEdit)

        self.retranslateUi(ReviseDialog)

        QMetaObject.connectSlotsByName(ReviseDialog)
    # setupUi

    def retranslateUi(self, ReviseDialog):
        ReviseDialog.setWindowTitle(QCoreApplication.translate("ReviseDialog", u"Plan fortschreiben", None))
#if QT_CONFIG(accessibility)
        ReviseDialog.setAccessibleName(QCoreApplication.translate("ReviseDialog", u"Plan fortschreiben", None))
#endif // QT_CONFIG(accessibility)
        self.introLabel.setText("")
        self.startLabel.setText(QCoreApplication.translate("ReviseDialog", u"Neue Version &ab:", None))
#if QT_CONFIG(accessibility)
        self.startEdit.setAccessibleName(QCoreApplication.translate("ReviseDialog", u"Neue Version gilt ab", None))
#endif // QT_CONFIG(accessibility)
        self.reviewDueLabel.setText(QCoreApplication.translate("ReviseDialog", u"N\u00e4chste \u00dc&berpr\u00fcfung am:", None))
#if QT_CONFIG(accessibility)
        self.reviewDueEdit.setAccessibleName(QCoreApplication.translate("ReviseDialog", u"N\u00e4chste gemeinsame \u00dcberpr\u00fcfung am", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.itemTable.setAccessibleName(QCoreApplication.translate("ReviseDialog", u"Ziele und Schritte f\u00fcr die neue Version", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.itemTable.setAccessibleDescription(QCoreApplication.translate("ReviseDialog", u"Leertaste setzt oder entfernt den Haken \u201e\u00fcbernehmen\u201c; F2 \u00e4ndert den Text", None))
#endif // QT_CONFIG(accessibility)
        self.noteLabel.setText(QCoreApplication.translate("ReviseDialog", u"&Was sich ge\u00e4ndert hat (f\u00fcr das Aktenexemplar; leer lassen: wird aus dem Vergleich geschrieben):", None))
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleName(QCoreApplication.translate("ReviseDialog", u"Was sich ge\u00e4ndert hat", None))
#endif // QT_CONFIG(accessibility)
        self.errorLabel.setText("")
    # retranslateUi

