# Generated from forms/print_page.ui by pyside6-uic; do not edit.
# Regenerate with `python -m tools.check_forms --write`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'print_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QLabel,
    QProgressBar, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_PrintPage(object):
    def setupUi(self, PrintPage):
        if not PrintPage.objectName():
            PrintPage.setObjectName(u"PrintPage")
        PrintPage.resize(760, 640)
        self.mainLayout = QVBoxLayout(PrintPage)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.topLayout = QHBoxLayout()
        self.topLayout.setSpacing(8)
        self.topLayout.setObjectName(u"topLayout")
        self.variantLabel = QLabel(PrintPage)
        self.variantLabel.setObjectName(u"variantLabel")

        self.topLayout.addWidget(self.variantLabel)

        self.variantCombo = QComboBox(PrintPage)
        self.variantCombo.setObjectName(u"variantCombo")
        self.variantCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.topLayout.addWidget(self.variantCombo)

        self.topSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topLayout.addItem(self.topSpacer)

        self.printButton = QPushButton(PrintPage)
        self.printButton.setObjectName(u"printButton")

        self.topLayout.addWidget(self.printButton)

        self.saveButton = QPushButton(PrintPage)
        self.saveButton.setObjectName(u"saveButton")

        self.topLayout.addWidget(self.saveButton)


        self.mainLayout.addLayout(self.topLayout)

        self.descriptionLabel = QLabel(PrintPage)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.descriptionLabel)

        self.statusLayout = QHBoxLayout()
        self.statusLayout.setObjectName(u"statusLayout")
        self.statusLabel = QLabel(PrintPage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.statusLayout.addWidget(self.statusLabel)

        self.progressBar = QProgressBar(PrintPage)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setMaximumSize(QSize(220, 16777215))
        self.progressBar.setTextVisible(False)

        self.statusLayout.addWidget(self.progressBar)


        self.mainLayout.addLayout(self.statusLayout)

        self.previewArea = QScrollArea(PrintPage)
        self.previewArea.setObjectName(u"previewArea")
        self.previewArea.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.previewArea.setWidgetResizable(True)
        self.previewContents = QWidget()
        self.previewContents.setObjectName(u"previewContents")
        self.previewContents.setGeometry(QRect(0, 0, 740, 520))
        self.previewArea.setWidget(self.previewContents)

        self.mainLayout.addWidget(self.previewArea)

#if QT_CONFIG(shortcut)
        self.variantLabel.setBuddy(self.variantCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.variantCombo, self.printButton)
        QWidget.setTabOrder(self.printButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.previewArea)

        self.retranslateUi(PrintPage)

        QMetaObject.connectSlotsByName(PrintPage)
    # setupUi

    def retranslateUi(self, PrintPage):
#if QT_CONFIG(accessibility)
        PrintPage.setAccessibleName(QCoreApplication.translate("PrintPage", u"Drucken", None))
#endif // QT_CONFIG(accessibility)
        self.variantLabel.setText(QCoreApplication.translate("PrintPage", u"&Fassung:", None))
#if QT_CONFIG(accessibility)
        self.variantCombo.setAccessibleName(QCoreApplication.translate("PrintPage", u"Fassung", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.printButton.setAccessibleName(QCoreApplication.translate("PrintPage", u"Drucken", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("PrintPage", u"Die Vorschau auf einem Drucker ausgeben (Strg+P)", None))
#endif // QT_CONFIG(tooltip)
        self.printButton.setText(QCoreApplication.translate("PrintPage", u"&Drucken \u2026", None))
#if QT_CONFIG(shortcut)
        self.printButton.setShortcut(QCoreApplication.translate("PrintPage", u"Ctrl+P", None))
#endif // QT_CONFIG(shortcut)
#if QT_CONFIG(accessibility)
        self.saveButton.setAccessibleName(QCoreApplication.translate("PrintPage", u"Als PDF speichern", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("PrintPage", u"Die Vorschau als PDF-Datei speichern (nicht verschl\u00fcsselt)", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("PrintPage", u"&Speichern unter \u2026", None))
        self.descriptionLabel.setText("")
        self.statusLabel.setText("")
#if QT_CONFIG(accessibility)
        self.progressBar.setAccessibleName(QCoreApplication.translate("PrintPage", u"Fortschritt", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.previewArea.setAccessibleName(QCoreApplication.translate("PrintPage", u"Vorschau der Druckseiten", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

