# Generated from forms/supervision_bundle_export.ui by pyside6-uic; do not edit.
# Regenerate with `python -m tools.check_forms --write`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'supervision_bundle_export.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QProgressBar,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_BundleExportDialog(object):
    def setupUi(self, BundleExportDialog):
        if not BundleExportDialog.objectName():
            BundleExportDialog.setObjectName(u"BundleExportDialog")
        BundleExportDialog.resize(680, 560)
        BundleExportDialog.setMinimumSize(QSize(600, 0))
        self.mainLayout = QVBoxLayout(BundleExportDialog)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(BundleExportDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.hitsLabel = QLabel(BundleExportDialog)
        self.hitsLabel.setObjectName(u"hitsLabel")
        self.hitsLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hitsLabel)

        self.hitsList = QListWidget(BundleExportDialog)
        self.hitsList.setObjectName(u"hitsList")
        self.hitsList.setMinimumSize(QSize(0, 120))

        self.mainLayout.addWidget(self.hitsList)

        self.hitButtonsLayout = QHBoxLayout()
        self.hitButtonsLayout.setObjectName(u"hitButtonsLayout")
        self.jumpButton = QPushButton(BundleExportDialog)
        self.jumpButton.setObjectName(u"jumpButton")

        self.hitButtonsLayout.addWidget(self.jumpButton)

        self.recheckButton = QPushButton(BundleExportDialog)
        self.recheckButton.setObjectName(u"recheckButton")

        self.hitButtonsLayout.addWidget(self.recheckButton)

        self.hitButtonsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.hitButtonsLayout.addItem(self.hitButtonsSpacer)


        self.mainLayout.addLayout(self.hitButtonsLayout)

        self.confirmCheck = QCheckBox(BundleExportDialog)
        self.confirmCheck.setObjectName(u"confirmCheck")

        self.mainLayout.addWidget(self.confirmCheck)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.passphraseLabel = QLabel(BundleExportDialog)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passphraseLabel)

        self.passphraseEdit = QLineEdit(BundleExportDialog)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passphraseEdit)

        self.repeatLabel = QLabel(BundleExportDialog)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatEdit = QLineEdit(BundleExportDialog)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.repeatEdit)

        self.fileLabel = QLabel(BundleExportDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileLayout = QHBoxLayout()
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileEdit = QLineEdit(BundleExportDialog)
        self.fileEdit.setObjectName(u"fileEdit")

        self.fileLayout.addWidget(self.fileEdit)

        self.browseButton = QPushButton(BundleExportDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.fileLayout.addWidget(self.browseButton)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.fileLayout)


        self.mainLayout.addLayout(self.formLayout)

        self.messageLabel = QLabel(BundleExportDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.progressBar = QProgressBar(BundleExportDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setMaximum(0)
        self.progressBar.setTextVisible(False)

        self.mainLayout.addWidget(self.progressBar)

        self.buttonBox = QDialogButtonBox(BundleExportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.hitsLabel.setBuddy(self.hitsList)
        self.passphraseLabel.setBuddy(self.passphraseEdit)
        self.repeatLabel.setBuddy(self.repeatEdit)
        self.fileLabel.setBuddy(self.fileEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.hitsList, self.jumpButton)
        QWidget.setTabOrder(self.jumpButton, self.recheckButton)
        QWidget.setTabOrder(self.recheckButton, self.confirmCheck)
        QWidget.setTabOrder(self.confirmCheck, self.passphraseEdit)
        QWidget.setTabOrder(self.passphraseEdit, self.repeatEdit)
        QWidget.setTabOrder(self.repeatEdit, self.fileEdit)
        QWidget.setTabOrder(self.fileEdit, self.browseButton)

        self.retranslateUi(BundleExportDialog)

        QMetaObject.connectSlotsByName(BundleExportDialog)
    # setupUi

    def retranslateUi(self, BundleExportDialog):
        BundleExportDialog.setWindowTitle(QCoreApplication.translate("BundleExportDialog", u"Pr\u00fcfpaket f\u00fcr die Fallberatung \u2013 counsel-app", None))
#if QT_CONFIG(accessibility)
        BundleExportDialog.setAccessibleName(QCoreApplication.translate("BundleExportDialog", u"Pr\u00fcfpaket f\u00fcr die Fallberatung", None))
#endif // QT_CONFIG(accessibility)
        self.introLabel.setText(QCoreApplication.translate("BundleExportDialog", u"Das Pr\u00fcfpaket enth\u00e4lt den Fall pseudonymisiert: Name, Kundennummer und Kontaktdaten werden ersetzt. Es wird mit einer Passphrase verschl\u00fcsselt, die Sie nur f\u00fcr diese Fallberatung w\u00e4hlen und der Gruppe auf einem anderen Weg mitteilen.", None))
        self.hitsLabel.setText(QCoreApplication.translate("BundleExportDialog", u"&Freitexte, die noch W\u00f6rter aus Name oder Kundennummer enthalten:", None))
#if QT_CONFIG(accessibility)
        self.hitsList.setAccessibleName(QCoreApplication.translate("BundleExportDialog", u"Freitexte mit W\u00f6rtern aus Name oder Kundennummer", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.hitsList.setAccessibleDescription(QCoreApplication.translate("BundleExportDialog", u"Eingabetaste \u00f6ffnet das Feld im Fall zum \u00c4ndern", None))
#endif // QT_CONFIG(accessibility)
        self.jumpButton.setText(QCoreApplication.translate("BundleExportDialog", u"Feld im Fall &zeigen", None))
#if QT_CONFIG(accessibility)
        self.jumpButton.setAccessibleName(QCoreApplication.translate("BundleExportDialog", u"Feld im Fall zeigen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.jumpButton.setToolTip(QCoreApplication.translate("BundleExportDialog", u"Schlie\u00dft diesen Dialog und zeigt das gew\u00e4hlte Feld im Fall, damit Sie es \u00e4ndern k\u00f6nnen.", None))
#endif // QT_CONFIG(tooltip)
        self.recheckButton.setText(QCoreApplication.translate("BundleExportDialog", u"Erneut &pr\u00fcfen", None))
#if QT_CONFIG(accessibility)
        self.recheckButton.setAccessibleName(QCoreApplication.translate("BundleExportDialog", u"Erneut pr\u00fcfen", None))
#endif // QT_CONFIG(accessibility)
        self.confirmCheck.setText(QCoreApplication.translate("BundleExportDialog", u"Ich habe diese Felder gepr\u00fcft; die gefundenen W\u00f6rter d\u00fcrfen im Pr\u00fcfpaket &bleiben.", None))
#if QT_CONFIG(accessibility)
        self.confirmCheck.setAccessibleName(QCoreApplication.translate("BundleExportDialog", u"Gefundene W\u00f6rter best\u00e4tigen", None))
#endif // QT_CONFIG(accessibility)
        self.passphraseLabel.setText(QCoreApplication.translate("BundleExportDialog", u"P&assphrase f\u00fcr die Sitzung:", None))
#if QT_CONFIG(accessibility)
        self.passphraseEdit.setAccessibleName(QCoreApplication.translate("BundleExportDialog", u"Passphrase f\u00fcr die Sitzung", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.passphraseEdit.setAccessibleDescription(QCoreApplication.translate("BundleExportDialog", u"Mindestens 8 Zeichen", None))
#endif // QT_CONFIG(accessibility)
        self.repeatLabel.setText(QCoreApplication.translate("BundleExportDialog", u"Passphrase &wiederholen:", None))
#if QT_CONFIG(accessibility)
        self.repeatEdit.setAccessibleName(QCoreApplication.translate("BundleExportDialog", u"Passphrase wiederholen", None))
#endif // QT_CONFIG(accessibility)
        self.fileLabel.setText(QCoreApplication.translate("BundleExportDialog", u"&Datei:", None))
#if QT_CONFIG(accessibility)
        self.fileEdit.setAccessibleName(QCoreApplication.translate("BundleExportDialog", u"Datei des Pr\u00fcfpakets", None))
#endif // QT_CONFIG(accessibility)
        self.browseButton.setText(QCoreApplication.translate("BundleExportDialog", u"D&urchsuchen \u2026", None))
#if QT_CONFIG(accessibility)
        self.browseButton.setAccessibleName(QCoreApplication.translate("BundleExportDialog", u"Datei w\u00e4hlen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("BundleExportDialog", u"Meldung", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.progressBar.setAccessibleName(QCoreApplication.translate("BundleExportDialog", u"Pr\u00fcfpaket wird verschl\u00fcsselt", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

