# Generated from forms/unlock_dialog.ui by pyside6-uic; do not edit.
# Regenerate with `python -m tools.check_forms --write`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'unlock_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QDialog, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_UnlockDialog(object):
    def setupUi(self, UnlockDialog):
        if not UnlockDialog.objectName():
            UnlockDialog.setObjectName(u"UnlockDialog")
        UnlockDialog.resize(600, 200)
        UnlockDialog.setMinimumSize(QSize(560, 0))
        self.mainLayout = QVBoxLayout(UnlockDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(UnlockDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.secretLabel = QLabel(UnlockDialog)
        self.secretLabel.setObjectName(u"secretLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.secretLabel)

        self.secretEdit = QLineEdit(UnlockDialog)
        self.secretEdit.setObjectName(u"secretEdit")
        self.secretEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.secretEdit)

        self.newPassphraseLabel = QLabel(UnlockDialog)
        self.newPassphraseLabel.setObjectName(u"newPassphraseLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.newPassphraseLabel)

        self.newPassphraseEdit = QLineEdit(UnlockDialog)
        self.newPassphraseEdit.setObjectName(u"newPassphraseEdit")
        self.newPassphraseEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.newPassphraseEdit)

        self.repeatLabel = QLabel(UnlockDialog)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatEdit = QLineEdit(UnlockDialog)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.repeatEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.newPassphraseHint = QLabel(UnlockDialog)
        self.newPassphraseHint.setObjectName(u"newPassphraseHint")
        self.newPassphraseHint.setWordWrap(True)

        self.mainLayout.addWidget(self.newPassphraseHint)

        self.recoveryToggle = QCheckBox(UnlockDialog)
        self.recoveryToggle.setObjectName(u"recoveryToggle")

        self.mainLayout.addWidget(self.recoveryToggle)

        self.errorLabel = QLabel(UnlockDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

        self.mainLayout.addWidget(self.errorLabel)

        self.verticalSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.openButton = QPushButton(UnlockDialog)
        self.openButton.setObjectName(u"openButton")

        self.buttonLayout.addWidget(self.openButton)

        self.cancelButton = QPushButton(UnlockDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.secretLabel.setBuddy(self.secretEdit)
        self.newPassphraseLabel.setBuddy(self.newPassphraseEdit)
        self.repeatLabel.setBuddy(self.repeatEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.secretEdit, self.newPassphraseEdit)
        QWidget.setTabOrder(self.newPassphraseEdit, self.repeatEdit)
        QWidget.setTabOrder(self.repeatEdit, self.recoveryToggle)
        QWidget.setTabOrder(self.recoveryToggle, self.openButton)
        QWidget.setTabOrder(self.openButton, self.cancelButton)

        self.retranslateUi(UnlockDialog)

        self.openButton.setDefault(True)


        QMetaObject.connectSlotsByName(UnlockDialog)
    # setupUi

    def retranslateUi(self, UnlockDialog):
        UnlockDialog.setWindowTitle(QCoreApplication.translate("UnlockDialog", u"Ablage entsperren \u2013 counsel-app", None))
#if QT_CONFIG(accessibility)
        UnlockDialog.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Ablage entsperren", None))
#endif // QT_CONFIG(accessibility)
        self.introLabel.setText(QCoreApplication.translate("UnlockDialog", u"Ihre Falldaten sind verschl\u00fcsselt gespeichert. Bitte geben Sie Ihre Passphrase ein, um die Ablage zu \u00f6ffnen.", None))
        self.secretLabel.setText(QCoreApplication.translate("UnlockDialog", u"&Passphrase:", None))
#if QT_CONFIG(accessibility)
        self.secretEdit.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.newPassphraseLabel.setText(QCoreApplication.translate("UnlockDialog", u"&Neue Passphrase:", None))
#if QT_CONFIG(accessibility)
        self.newPassphraseEdit.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Neue Passphrase", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.newPassphraseEdit.setAccessibleDescription(QCoreApplication.translate("UnlockDialog", u"Nur n\u00f6tig, wenn kein Schl\u00fcsselbund des Systems verf\u00fcgbar ist", None))
#endif // QT_CONFIG(accessibility)
        self.repeatLabel.setText(QCoreApplication.translate("UnlockDialog", u"Passphrase &wiederholen:", None))
#if QT_CONFIG(accessibility)
        self.repeatEdit.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Neue Passphrase wiederholen", None))
#endif // QT_CONFIG(accessibility)
        self.newPassphraseHint.setText(QCoreApplication.translate("UnlockDialog", u"Nach dem \u00d6ffnen wird der Schl\u00fcssel wieder im Schl\u00fcsselbund des Systems abgelegt. Gibt es keinen, sch\u00fctzt die neue Passphrase die Ablage (mindestens 10 Zeichen).", None))
        self.recoveryToggle.setText(QCoreApplication.translate("UnlockDialog", u"Passphrase vergessen? Stattdessen den &Wiederherstellungsschl\u00fcssel eingeben", None))
#if QT_CONFIG(accessibility)
        self.recoveryToggle.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Wiederherstellungsschl\u00fcssel statt Passphrase eingeben", None))
#endif // QT_CONFIG(accessibility)
        self.errorLabel.setText("")
        self.openButton.setText(QCoreApplication.translate("UnlockDialog", u"\u00d6&ffnen", None))
#if QT_CONFIG(accessibility)
        self.openButton.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Ablage \u00f6ffnen", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("UnlockDialog", u"Abbrechen", None))
#if QT_CONFIG(accessibility)
        self.cancelButton.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Abbrechen und Programm beenden", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

