# Generated from forms/first_run_dialog.ui by pyside6-uic; do not edit.
# Regenerate with `python -m tools.check_forms --write`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run_dialog.ui'
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
    QFrame, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QStackedWidget, QVBoxLayout, QWidget)

class Ui_FirstRunDialog(object):
    def setupUi(self, FirstRunDialog):
        if not FirstRunDialog.objectName():
            FirstRunDialog.setObjectName(u"FirstRunDialog")
        FirstRunDialog.resize(680, 420)
        FirstRunDialog.setMinimumSize(QSize(640, 0))
        self.mainLayout = QVBoxLayout(FirstRunDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(FirstRunDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        font = QFont()
        font.setPointSize(14)
        font.setBold(True)
        self.titleLabel.setFont(font)

        self.mainLayout.addWidget(self.titleLabel)

        self.pages = QStackedWidget(FirstRunDialog)
        self.pages.setObjectName(u"pages")
        self.createPage = QWidget()
        self.createPage.setObjectName(u"createPage")
        self.createLayout = QVBoxLayout(self.createPage)
        self.createLayout.setObjectName(u"createLayout")
        self.createLayout.setContentsMargins(0, 0, 0, 0)
        self.introLabel = QLabel(self.createPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.createLayout.addWidget(self.introLabel)

        self.folderLabel = QLabel(self.createPage)
        self.folderLabel.setObjectName(u"folderLabel")
        self.folderLabel.setWordWrap(True)
        self.folderLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.createLayout.addWidget(self.folderLabel)

        self.passphraseGroup = QGroupBox(self.createPage)
        self.passphraseGroup.setObjectName(u"passphraseGroup")
        self.passphraseLayout = QVBoxLayout(self.passphraseGroup)
        self.passphraseLayout.setObjectName(u"passphraseLayout")
        self.passphraseNote = QLabel(self.passphraseGroup)
        self.passphraseNote.setObjectName(u"passphraseNote")
        self.passphraseNote.setWordWrap(True)

        self.passphraseLayout.addWidget(self.passphraseNote)

        self.passphraseForm = QFormLayout()
        self.passphraseForm.setObjectName(u"passphraseForm")
        self.passphraseForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.passphraseLabel = QLabel(self.passphraseGroup)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.passphraseForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passphraseLabel)

        self.passphraseEdit = QLineEdit(self.passphraseGroup)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.passphraseForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passphraseEdit)

        self.repeatLabel = QLabel(self.passphraseGroup)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.passphraseForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatEdit = QLineEdit(self.passphraseGroup)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.passphraseForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.repeatEdit)


        self.passphraseLayout.addLayout(self.passphraseForm)

        self.strengthLabel = QLabel(self.passphraseGroup)
        self.strengthLabel.setObjectName(u"strengthLabel")
        self.strengthLabel.setWordWrap(True)

        self.passphraseLayout.addWidget(self.strengthLabel)


        self.createLayout.addWidget(self.passphraseGroup)

        self.createSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.createLayout.addItem(self.createSpacer)

        self.pages.addWidget(self.createPage)
        self.recoveryPage = QWidget()
        self.recoveryPage.setObjectName(u"recoveryPage")
        self.recoveryLayout = QVBoxLayout(self.recoveryPage)
        self.recoveryLayout.setObjectName(u"recoveryLayout")
        self.recoveryLayout.setContentsMargins(0, 0, 0, 0)
        self.recoveryIntro = QLabel(self.recoveryPage)
        self.recoveryIntro.setObjectName(u"recoveryIntro")
        self.recoveryIntro.setWordWrap(True)

        self.recoveryLayout.addWidget(self.recoveryIntro)

        self.recoveryKeyLabel = QLabel(self.recoveryPage)
        self.recoveryKeyLabel.setObjectName(u"recoveryKeyLabel")
        font1 = QFont()
        font1.setFamilies([u"Monospace"])
        font1.setPointSize(16)
        font1.setBold(True)
        self.recoveryKeyLabel.setFont(font1)
        self.recoveryKeyLabel.setFrameShape(QFrame.Shape.StyledPanel)
        self.recoveryKeyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.recoveryKeyLabel.setWordWrap(False)
        self.recoveryKeyLabel.setMargin(12)
        self.recoveryKeyLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.recoveryLayout.addWidget(self.recoveryKeyLabel)

        self.keyButtons = QHBoxLayout()
        self.keyButtons.setObjectName(u"keyButtons")
        self.printButton = QPushButton(self.recoveryPage)
        self.printButton.setObjectName(u"printButton")

        self.keyButtons.addWidget(self.printButton)

        self.saveButton = QPushButton(self.recoveryPage)
        self.saveButton.setObjectName(u"saveButton")

        self.keyButtons.addWidget(self.saveButton)

        self.keyButtonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.keyButtons.addItem(self.keyButtonSpacer)


        self.recoveryLayout.addLayout(self.keyButtons)

        self.warningLabel = QLabel(self.recoveryPage)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setWordWrap(True)

        self.recoveryLayout.addWidget(self.warningLabel)

        self.keptCheck = QCheckBox(self.recoveryPage)
        self.keptCheck.setObjectName(u"keptCheck")

        self.recoveryLayout.addWidget(self.keptCheck)

        self.recoverySpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.recoveryLayout.addItem(self.recoverySpacer)

        self.pages.addWidget(self.recoveryPage)
        self.profilePage = QWidget()
        self.profilePage.setObjectName(u"profilePage")
        self.profileLayout = QVBoxLayout(self.profilePage)
        self.profileLayout.setObjectName(u"profileLayout")
        self.profileLayout.setContentsMargins(0, 0, 0, 0)
        self.profileIntro = QLabel(self.profilePage)
        self.profileIntro.setObjectName(u"profileIntro")
        self.profileIntro.setWordWrap(True)

        self.profileLayout.addWidget(self.profileIntro)

        self.profileForm = QFormLayout()
        self.profileForm.setObjectName(u"profileForm")
        self.profileForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.nameLabel = QLabel(self.profilePage)
        self.nameLabel.setObjectName(u"nameLabel")

        self.profileForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.profilePage)
        self.nameEdit.setObjectName(u"nameEdit")

        self.profileForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.officeLabel = QLabel(self.profilePage)
        self.officeLabel.setObjectName(u"officeLabel")

        self.profileForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.officeLabel)

        self.officeEdit = QLineEdit(self.profilePage)
        self.officeEdit.setObjectName(u"officeEdit")

        self.profileForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.officeEdit)

        self.phoneLabel = QLabel(self.profilePage)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.profileForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.profilePage)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.profileForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.emailLabel = QLabel(self.profilePage)
        self.emailLabel.setObjectName(u"emailLabel")

        self.profileForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(self.profilePage)
        self.emailEdit.setObjectName(u"emailEdit")

        self.profileForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.emailEdit)


        self.profileLayout.addLayout(self.profileForm)

        self.profileSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.profileLayout.addItem(self.profileSpacer)

        self.pages.addWidget(self.profilePage)

        self.mainLayout.addWidget(self.pages)

        self.errorLabel = QLabel(FirstRunDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.nextButton = QPushButton(FirstRunDialog)
        self.nextButton.setObjectName(u"nextButton")

        self.buttonLayout.addWidget(self.nextButton)

        self.cancelButton = QPushButton(FirstRunDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.passphraseLabel.setBuddy(self.passphraseEdit)
        self.repeatLabel.setBuddy(self.repeatEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.officeLabel.setBuddy(self.officeEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.emailLabel.setBuddy(self.emailEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.passphraseEdit, self.repeatEdit)
        QWidget.setTabOrder(self.repeatEdit, self.recoveryKeyLabel)
        QWidget.setTabOrder(self.recoveryKeyLabel, self.printButton)
        QWidget.setTabOrder(self.printButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.keptCheck)
        QWidget.setTabOrder(self.keptCheck, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.officeEdit)
        QWidget.setTabOrder(self.officeEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.nextButton)
        QWidget.setTabOrder(self.nextButton, self.cancelButton)

        self.retranslateUi(FirstRunDialog)

        self.pages.setCurrentIndex(0)
        self.nextButton.setDefault(True)


        QMetaObject.connectSlotsByName(FirstRunDialog)
    # setupUi

    def retranslateUi(self, FirstRunDialog):
        FirstRunDialog.setWindowTitle(QCoreApplication.translate("FirstRunDialog", u"Erster Start \u2013 counsel-app", None))
#if QT_CONFIG(accessibility)
        FirstRunDialog.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Erster Start", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("FirstRunDialog", u"Willkommen bei counsel-app", None))
        self.introLabel.setText(QCoreApplication.translate("FirstRunDialog", u"counsel-app legt jetzt eine verschl\u00fcsselte Ablage f\u00fcr Ihre Falldaten an. Danach erhalten Sie einmalig einen Wiederherstellungsschl\u00fcssel, mit dem Sie die Ablage auch dann \u00f6ffnen k\u00f6nnen, wenn der normale Schl\u00fcssel verloren geht.", None))
        self.folderLabel.setText(QCoreApplication.translate("FirstRunDialog", u"Ordner:", None))
#if QT_CONFIG(accessibility)
        self.folderLabel.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Ordner der Ablage", None))
#endif // QT_CONFIG(accessibility)
        self.passphraseGroup.setTitle(QCoreApplication.translate("FirstRunDialog", u"Passphrase festlegen", None))
        self.passphraseNote.setText(QCoreApplication.translate("FirstRunDialog", u"Auf diesem Rechner ist kein Schl\u00fcsselbund des Systems nutzbar. Die Ablage wird deshalb mit einer Passphrase gesch\u00fctzt, die Sie bei jedem Start eingeben.", None))
        self.passphraseLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&Passphrase:", None))
#if QT_CONFIG(accessibility)
        self.passphraseEdit.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.repeatLabel.setText(QCoreApplication.translate("FirstRunDialog", u"Passphrase &wiederholen:", None))
#if QT_CONFIG(accessibility)
        self.repeatEdit.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Passphrase wiederholen", None))
#endif // QT_CONFIG(accessibility)
        self.strengthLabel.setText(QCoreApplication.translate("FirstRunDialog", u"Mindestens 10 Zeichen. Gut merkbar und schwer zu erraten ist ein Satz aus mehreren W\u00f6rtern.", None))
        self.recoveryIntro.setText(QCoreApplication.translate("FirstRunDialog", u"Die Ablage ist angelegt. Das ist Ihr Wiederherstellungsschl\u00fcssel; er wird nur dieses eine Mal angezeigt. Mit ihm \u00f6ffnen Sie die Ablage auf einem neuen Rechner oder wenn Passphrase oder Schl\u00fcsselbund verloren sind.", None))
#if QT_CONFIG(accessibility)
        self.recoveryKeyLabel.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Wiederherstellungsschl\u00fcssel", None))
#endif // QT_CONFIG(accessibility)
        self.recoveryKeyLabel.setText(QCoreApplication.translate("FirstRunDialog", u"XXXX", None))
        self.printButton.setText(QCoreApplication.translate("FirstRunDialog", u"&Drucken \u2026", None))
#if QT_CONFIG(accessibility)
        self.printButton.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Wiederherstellungsschl\u00fcssel drucken", None))
#endif // QT_CONFIG(accessibility)
        self.saveButton.setText(QCoreApplication.translate("FirstRunDialog", u"&Speichern unter \u2026", None))
#if QT_CONFIG(accessibility)
        self.saveButton.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Wiederherstellungsschl\u00fcssel als Textdatei speichern", None))
#endif // QT_CONFIG(accessibility)
        self.warningLabel.setText(QCoreApplication.translate("FirstRunDialog", u"<b>Wichtig:</b> Bewahren Sie den Schl\u00fcssel sicher und getrennt vom Rechner auf, zum Beispiel ausgedruckt in einem verschlossenen Schrank. Wer ihn hat, kann Ihre Falldaten lesen; eine gespeicherte Datei geh\u00f6rt nicht auf diesen Rechner.", None))
        self.keptCheck.setText(QCoreApplication.translate("FirstRunDialog", u"Ich habe den Wiederherstellungsschl\u00fcssel sicher &aufbewahrt", None))
#if QT_CONFIG(accessibility)
        self.keptCheck.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Ich habe den Wiederherstellungsschl\u00fcssel sicher aufbewahrt", None))
#endif // QT_CONFIG(accessibility)
        self.profileIntro.setText(QCoreApplication.translate("FirstRunDialog", u"Zum Schluss Ihre Angaben als Integrationsfachkraft. Sie stehen als Kontakt auf ausgedruckten Pl\u00e4nen; alle Felder sind freiwillig.", None))
        self.nameLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.officeLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&Dienststelle:", None))
#if QT_CONFIG(accessibility)
        self.officeEdit.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Dienststelle", None))
#endif // QT_CONFIG(accessibility)
        self.phoneLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&Telefon:", None))
#if QT_CONFIG(accessibility)
        self.phoneEdit.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Telefon", None))
#endif // QT_CONFIG(accessibility)
        self.emailLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&E-Mail:", None))
#if QT_CONFIG(accessibility)
        self.emailEdit.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"E-Mail", None))
#endif // QT_CONFIG(accessibility)
        self.errorLabel.setText("")
        self.nextButton.setText(QCoreApplication.translate("FirstRunDialog", u"Ablage &anlegen", None))
#if QT_CONFIG(accessibility)
        self.nextButton.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Ablage anlegen", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("FirstRunDialog", u"Abbrechen", None))
#if QT_CONFIG(accessibility)
        self.cancelButton.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Abbrechen", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

