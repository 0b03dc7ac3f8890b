# Generated from forms/workspace_new_case.ui by pyside6-uic; do not edit.
# Regenerate with `python -m tools.check_forms --write`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'workspace_new_case.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_NewCaseDialog(object):
    def setupUi(self, NewCaseDialog):
        if not NewCaseDialog.objectName():
            NewCaseDialog.setObjectName(u"NewCaseDialog")
        self.dialogLayout = QVBoxLayout(NewCaseDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.referenceLabel = QLabel(NewCaseDialog)
        self.referenceLabel.setObjectName(u"referenceLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.referenceLabel)

        self.referenceEdit = QLineEdit(NewCaseDialog)
        self.referenceEdit.setObjectName(u"referenceEdit")
        self.referenceEdit.setMaxLength(64)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.referenceEdit)

        self.nameLabel = QLabel(NewCaseDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(NewCaseDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.salutationLabel = QLabel(NewCaseDialog)
        self.salutationLabel.setObjectName(u"salutationLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.salutationLabel)

        self.salutationCombo = QComboBox(NewCaseDialog)
        self.salutationCombo.setObjectName(u"salutationCombo")
        self.salutationCombo.setEditable(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.salutationCombo)

        self.levelLabel = QLabel(NewCaseDialog)
        self.levelLabel.setObjectName(u"levelLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.levelLabel)

        self.levelCombo = QComboBox(NewCaseDialog)
        self.levelCombo.setObjectName(u"levelCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.levelCombo)

        self.profileLabel = QLabel(NewCaseDialog)
        self.profileLabel.setObjectName(u"profileLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.profileLabel)

        self.profileCombo = QComboBox(NewCaseDialog)
        self.profileCombo.setObjectName(u"profileCombo")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.profileCombo)


        self.dialogLayout.addLayout(self.form)

        self.errorLabel = QLabel(NewCaseDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(NewCaseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.referenceLabel.setBuddy(self.referenceEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.salutationLabel.setBuddy(self.salutationCombo)
        self.levelLabel.setBuddy(self.levelCombo)
        self.profileLabel.setBuddy(self.profileCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.referenceEdit, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.salutationCombo)
        QWidget.setTabOrder(self.salutationCombo, self.levelCombo)
        QWidget.setTabOrder(self.levelCombo, self.profileCombo)

        self.retranslateUi(NewCaseDialog)

        QMetaObject.connectSlotsByName(NewCaseDialog)
    # setupUi

    def retranslateUi(self, NewCaseDialog):
        NewCaseDialog.setWindowTitle(QCoreApplication.translate("NewCaseDialog", u"Neuer Fall", None))
#if QT_CONFIG(accessibility)
        NewCaseDialog.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Neuen Fall anlegen", None))
#endif // QT_CONFIG(accessibility)
        self.referenceLabel.setText(QCoreApplication.translate("NewCaseDialog", u"&Kundennummer:", None))
#if QT_CONFIG(accessibility)
        self.referenceEdit.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Kundennummer (Pflichtfeld)", None))
#endif // QT_CONFIG(accessibility)
        self.referenceEdit.setPlaceholderText(QCoreApplication.translate("NewCaseDialog", u"Pflichtfeld, eindeutig", None))
        self.nameLabel.setText(QCoreApplication.translate("NewCaseDialog", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.salutationLabel.setText(QCoreApplication.translate("NewCaseDialog", u"&Anrede:", None))
#if QT_CONFIG(accessibility)
        self.salutationCombo.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Anrede", None))
#endif // QT_CONFIG(accessibility)
        self.levelLabel.setText(QCoreApplication.translate("NewCaseDialog", u"&Sprachniveau:", None))
#if QT_CONFIG(accessibility)
        self.levelCombo.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Sprachniveau der Ausfertigung f\u00fcr die Kundin oder den Kunden", None))
#endif // QT_CONFIG(accessibility)
        self.profileLabel.setText(QCoreApplication.translate("NewCaseDialog", u"&Profillage:", None))
#if QT_CONFIG(accessibility)
        self.profileCombo.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Profillage", None))
#endif // QT_CONFIG(accessibility)
        self.errorLabel.setText("")
    # retranslateUi

