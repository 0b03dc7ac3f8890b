# Generated from forms/supervision_review_area.ui by pyside6-uic; do not edit.
# Regenerate with `python -m tools.check_forms --write`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'supervision_review_area.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSplitter,
    QTextBrowser, QVBoxLayout, QWidget)

class Ui_ReviewAreaPanel(object):
    def setupUi(self, ReviewAreaPanel):
        if not ReviewAreaPanel.objectName():
            ReviewAreaPanel.setObjectName(u"ReviewAreaPanel")
        ReviewAreaPanel.resize(980, 620)
        self.mainLayout = QVBoxLayout(ReviewAreaPanel)
        self.mainLayout.setObjectName(u"mainLayout")
        self.noteLabel = QLabel(ReviewAreaPanel)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.noteLabel)

        self.splitter = QSplitter(ReviewAreaPanel)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.leftPanel = QWidget(self.splitter)
        self.leftPanel.setObjectName(u"leftPanel")
        self.leftLayout = QVBoxLayout(self.leftPanel)
        self.leftLayout.setObjectName(u"leftLayout")
        self.leftLayout.setContentsMargins(0, 0, 0, 0)
        self.casesLabel = QLabel(self.leftPanel)
        self.casesLabel.setObjectName(u"casesLabel")

        self.leftLayout.addWidget(self.casesLabel)

        self.caseList = QListWidget(self.leftPanel)
        self.caseList.setObjectName(u"caseList")

        self.leftLayout.addWidget(self.caseList)

        self.caseButtons = QHBoxLayout()
        self.caseButtons.setObjectName(u"caseButtons")
        self.importButton = QPushButton(self.leftPanel)
        self.importButton.setObjectName(u"importButton")

        self.caseButtons.addWidget(self.importButton)

        self.startButton = QPushButton(self.leftPanel)
        self.startButton.setObjectName(u"startButton")

        self.caseButtons.addWidget(self.startButton)

        self.removeButton = QPushButton(self.leftPanel)
        self.removeButton.setObjectName(u"removeButton")

        self.caseButtons.addWidget(self.removeButton)


        self.leftLayout.addLayout(self.caseButtons)

        self.protocolsLabel = QLabel(self.leftPanel)
        self.protocolsLabel.setObjectName(u"protocolsLabel")

        self.leftLayout.addWidget(self.protocolsLabel)

        self.protocolList = QListWidget(self.leftPanel)
        self.protocolList.setObjectName(u"protocolList")

        self.leftLayout.addWidget(self.protocolList)

        self.protocolButtons = QHBoxLayout()
        self.protocolButtons.setObjectName(u"protocolButtons")
        self.pdfButton = QPushButton(self.leftPanel)
        self.pdfButton.setObjectName(u"pdfButton")

        self.protocolButtons.addWidget(self.pdfButton)

        self.textButton = QPushButton(self.leftPanel)
        self.textButton.setObjectName(u"textButton")

        self.protocolButtons.addWidget(self.textButton)


        self.leftLayout.addLayout(self.protocolButtons)

        self.splitter.addWidget(self.leftPanel)
        self.preview = QTextBrowser(self.splitter)
        self.preview.setObjectName(u"preview")
        self.splitter.addWidget(self.preview)

        self.mainLayout.addWidget(self.splitter)

        self.mainLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.casesLabel.setBuddy(self.caseList)
        self.protocolsLabel.setBuddy(self.protocolList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.caseList, self.importButton)
        QWidget.setTabOrder(self.importButton, self.startButton)
        QWidget.setTabOrder(self.startButton, self.removeButton)
        QWidget.setTabOrder(self.removeButton, self.protocolList)
        QWidget.setTabOrder(self.protocolList, self.pdfButton)
        QWidget.setTabOrder(self.pdfButton, self.textButton)
        QWidget.setTabOrder(self.textButton, self.preview)

        self.retranslateUi(ReviewAreaPanel)

        QMetaObject.connectSlotsByName(ReviewAreaPanel)
    # setupUi

    def retranslateUi(self, ReviewAreaPanel):
#if QT_CONFIG(accessibility)
        ReviewAreaPanel.setAccessibleName(QCoreApplication.translate("ReviewAreaPanel", u"Bereich Fallberatung", None))
#endif // QT_CONFIG(accessibility)
        self.noteLabel.setText(QCoreApplication.translate("ReviewAreaPanel", u"Hier liegen nur pseudonymisierte F\u00e4lle aus Pr\u00fcfpaketen f\u00fcr die kollegiale Fallberatung. Ihre eigenen F\u00e4lle erscheinen hier nie, diese F\u00e4lle nie in Ihrer Fallliste.", None))
        self.casesLabel.setText(QCoreApplication.translate("ReviewAreaPanel", u"&F\u00e4lle im Bereich Fallberatung:", None))
#if QT_CONFIG(accessibility)
        self.caseList.setAccessibleName(QCoreApplication.translate("ReviewAreaPanel", u"F\u00e4lle im Bereich Fallberatung", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.caseList.setAccessibleDescription(QCoreApplication.translate("ReviewAreaPanel", u"Eingabetaste beginnt die Fallberatung zum gew\u00e4hlten Fall", None))
#endif // QT_CONFIG(accessibility)
        self.importButton.setText(QCoreApplication.translate("ReviewAreaPanel", u"Pr\u00fcfpaket &\u00f6ffnen \u2026", None))
#if QT_CONFIG(accessibility)
        self.importButton.setAccessibleName(QCoreApplication.translate("ReviewAreaPanel", u"Pr\u00fcfpaket \u00f6ffnen", None))
#endif // QT_CONFIG(accessibility)
        self.startButton.setText(QCoreApplication.translate("ReviewAreaPanel", u"Fallberatung &beginnen", None))
#if QT_CONFIG(accessibility)
        self.startButton.setAccessibleName(QCoreApplication.translate("ReviewAreaPanel", u"Fallberatung beginnen", None))
#endif // QT_CONFIG(accessibility)
        self.removeButton.setText(QCoreApplication.translate("ReviewAreaPanel", u"Fall &entfernen \u2026", None))
#if QT_CONFIG(accessibility)
        self.removeButton.setAccessibleName(QCoreApplication.translate("ReviewAreaPanel", u"Fall aus dem Bereich entfernen", None))
#endif // QT_CONFIG(accessibility)
        self.protocolsLabel.setText(QCoreApplication.translate("ReviewAreaPanel", u"&Protokolle:", None))
#if QT_CONFIG(accessibility)
        self.protocolList.setAccessibleName(QCoreApplication.translate("ReviewAreaPanel", u"Protokolle", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.protocolList.setAccessibleDescription(QCoreApplication.translate("ReviewAreaPanel", u"Eingabetaste speichert das gew\u00e4hlte Protokoll als PDF", None))
#endif // QT_CONFIG(accessibility)
        self.pdfButton.setText(QCoreApplication.translate("ReviewAreaPanel", u"Als P&DF speichern \u2026", None))
#if QT_CONFIG(accessibility)
        self.pdfButton.setAccessibleName(QCoreApplication.translate("ReviewAreaPanel", u"Protokoll als PDF speichern", None))
#endif // QT_CONFIG(accessibility)
        self.textButton.setText(QCoreApplication.translate("ReviewAreaPanel", u"Als &Text speichern \u2026", None))
#if QT_CONFIG(accessibility)
        self.textButton.setAccessibleName(QCoreApplication.translate("ReviewAreaPanel", u"Protokoll als Text speichern", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.preview.setAccessibleName(QCoreApplication.translate("ReviewAreaPanel", u"Fall im Bereich Fallberatung", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

