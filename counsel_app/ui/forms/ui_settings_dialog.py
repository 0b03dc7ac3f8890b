# Generated from forms/settings_dialog.ui by pyside6-uic; do not edit.
# Regenerate with `python -m tools.check_forms --write`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QGroupBox, QLabel, QLineEdit,
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        self.dialogLayout = QVBoxLayout(SettingsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.profileGroup = QGroupBox(SettingsDialog)
        self.profileGroup.setObjectName(u"profileGroup")
        self.profileForm = QFormLayout(self.profileGroup)
        self.profileForm.setObjectName(u"profileForm")
        self.profileIntro = QLabel(self.profileGroup)
        self.profileIntro.setObjectName(u"profileIntro")
        self.profileIntro.setWordWrap(True)

        self.profileForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.profileIntro)

        self.nameLabel = QLabel(self.profileGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.profileForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.profileGroup)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(120)

        self.profileForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.officeLabel = QLabel(self.profileGroup)
        self.officeLabel.setObjectName(u"officeLabel")

        self.profileForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.officeLabel)

        self.officeEdit = QLineEdit(self.profileGroup)
        self.officeEdit.setObjectName(u"officeEdit")
        self.officeEdit.setMaxLength(120)

        self.profileForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.officeEdit)

        self.phoneLabel = QLabel(self.profileGroup)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.profileForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.profileGroup)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(120)

        self.profileForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.emailLabel = QLabel(self.profileGroup)
        self.emailLabel.setObjectName(u"emailLabel")

        self.profileForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(self.profileGroup)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(120)

        self.profileForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.emailEdit)


        self.dialogLayout.addWidget(self.profileGroup)

        self.lockGroup = QGroupBox(SettingsDialog)
        self.lockGroup.setObjectName(u"lockGroup")
        self.lockForm = QFormLayout(self.lockGroup)
        self.lockForm.setObjectName(u"lockForm")
        self.idleLabel = QLabel(self.lockGroup)
        self.idleLabel.setObjectName(u"idleLabel")

        self.lockForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.idleLabel)

        self.idleSpin = QSpinBox(self.lockGroup)
        self.idleSpin.setObjectName(u"idleSpin")
        self.idleSpin.setMinimum(0)
        self.idleSpin.setMaximum(240)
        self.idleSpin.setValue(15)

        self.lockForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.idleSpin)

        self.lockNote = QLabel(self.lockGroup)
        self.lockNote.setObjectName(u"lockNote")
        self.lockNote.setWordWrap(True)

        self.lockForm.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.lockNote)


        self.dialogLayout.addWidget(self.lockGroup)

        self.errorLabel = QLabel(SettingsDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.officeLabel.setBuddy(self.officeEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.idleLabel.setBuddy(self.idleSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.officeEdit)
        QWidget.setTabOrder(self.officeEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.idleSpin)

        self.retranslateUi(SettingsDialog)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Einstellungen", None))
#if QT_CONFIG(accessibility)
        SettingsDialog.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Einstellungen", None))
#endif // QT_CONFIG(accessibility)
        self.profileGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"Ihre Kontaktdaten f\u00fcr den Ausdruck", None))
        self.profileIntro.setText(QCoreApplication.translate("SettingsDialog", u"Diese Angaben stehen auf dem Kundenexemplar unter \u201eIhre Ansprechperson\u201c, damit die Kundin oder der Kunde wei\u00df, wen sie oder er fragen kann.", None))
        self.nameLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Ihr Name", None))
#endif // QT_CONFIG(accessibility)
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"z. B. Anna Beispiel", None))
        self.officeLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Dienststelle:", None))
#if QT_CONFIG(accessibility)
        self.officeEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Dienststelle", None))
#endif // QT_CONFIG(accessibility)
        self.officeEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"z. B. Jobcenter Musterstadt, Team 3", None))
        self.phoneLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Telefon:", None))
#if QT_CONFIG(accessibility)
        self.phoneEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Telefon", None))
#endif // QT_CONFIG(accessibility)
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"z. B. 0123 456789", None))
        self.emailLabel.setText(QCoreApplication.translate("SettingsDialog", u"&E-Mail:", None))
#if QT_CONFIG(accessibility)
        self.emailEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"E-Mail", None))
#endif // QT_CONFIG(accessibility)
        self.emailEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"z. B. anna.beispiel@jobcenter-ge.de", None))
        self.lockGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"Automatische Sperre", None))
        self.idleLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Sperren nach:", None))
#if QT_CONFIG(accessibility)
        self.idleSpin.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Sperren nach Minuten ohne Eingabe", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.idleSpin.setAccessibleDescription(QCoreApplication.translate("SettingsDialog", u"0 schaltet die automatische Sperre aus", None))
#endif // QT_CONFIG(accessibility)
        self.idleSpin.setSpecialValueText(QCoreApplication.translate("SettingsDialog", u"nie", None))
        self.idleSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" Minuten ohne Eingabe", None))
        self.lockNote.setText(QCoreApplication.translate("SettingsDialog", u"Nach dieser Zeit blendet counsel-app die Falldaten aus und fragt erneut nach dem Schl\u00fcssel. Empfohlen: 15 Minuten oder weniger.", None))
        self.errorLabel.setText("")
    # retranslateUi

