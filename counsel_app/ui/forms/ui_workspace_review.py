# Generated from forms/workspace_review.ui by pyside6-uic; do not edit.
# Regenerate with `python -m tools.check_forms --write`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'workspace_review.ui'
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
    QDialogButtonBox, QFormLayout, QFrame, QGridLayout,
    QGroupBox, QLabel, QPlainTextEdit, QScrollArea,
    QSizePolicy, QVBoxLayout, QWidget)

from counsel_app.ui.workspace.dates import OptionalDateEdit

class Ui_ReviewDialog(object):
    def setupUi(self, ReviewDialog):
        if not ReviewDialog.objectName():
            ReviewDialog.setObjectName(u"ReviewDialog")
        self.dialogLayout = QVBoxLayout(ReviewDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(ReviewDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.goalGroup = QGroupBox(ReviewDialog)
        self.goalGroup.setObjectName(u"goalGroup")
        self.ratingForm = QFormLayout(self.goalGroup)
        self.ratingForm.setObjectName(u"ratingForm")
        self.dateLabel = QLabel(self.goalGroup)
        self.dateLabel.setObjectName(u"dateLabel")

        self.ratingForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = OptionalDateEdit(self.goalGroup)
        self.dateEdit.setObjectName(u"dateEdit")

        self.ratingForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)


        self.dialogLayout.addWidget(self.goalGroup)

        self.stepGroup = QGroupBox(ReviewDialog)
        self.stepGroup.setObjectName(u"stepGroup")
        self.stepGroupLayout = QVBoxLayout(self.stepGroup)
        self.stepGroupLayout.setObjectName(u"stepGroupLayout")
        self.stepScroll = QScrollArea(self.stepGroup)
        self.stepScroll.setObjectName(u"stepScroll")
        self.stepScroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.stepScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.stepScroll.setWidgetResizable(True)
        self.stepArea = QWidget()
        self.stepArea.setObjectName(u"stepArea")
        self.stepGrid = QGridLayout(self.stepArea)
        self.stepGrid.setObjectName(u"stepGrid")
        self.stepGrid.setContentsMargins(0, 0, 0, 0)
        self.stepScroll.setWidget(self.stepArea)

        self.stepGroupLayout.addWidget(self.stepScroll)


        self.dialogLayout.addWidget(self.stepGroup)

        self.noteLabel = QLabel(ReviewDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.dialogLayout.addWidget(self.noteLabel)

        self.noteEdit = QPlainTextEdit(ReviewDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setMaximumSize(QSize(16777215, 90))
        self.noteEdit.setTabChangesFocus(True)

        self.dialogLayout.addWidget(self.noteEdit)

        self.reviseCheck = QCheckBox(ReviewDialog)
        self.reviseCheck.setObjectName(u"reviseCheck")

        self.dialogLayout.addWidget(self.reviseCheck)

        self.errorLabel = QLabel(ReviewDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ReviewDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

        self.dialogLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReviewDialog)

        QMetaObject.connectSlotsByName(ReviewDialog)
    # setupUi

    def retranslateUi(self, ReviewDialog):
        ReviewDialog.setWindowTitle(QCoreApplication.translate("ReviewDialog", u"\u00dcberpr\u00fcfung festhalten", None))
#if QT_CONFIG(accessibility)
        ReviewDialog.setAccessibleName(QCoreApplication.translate("ReviewDialog", u"\u00dcberpr\u00fcfung festhalten", None))
#endif // QT_CONFIG(accessibility)
        self.introLabel.setText(QCoreApplication.translate("ReviewDialog", u"Was ist seit dem letzten Gespr\u00e4ch geschehen? Welche Stufe der Zielerreichungsskala (GAS) ist bei jedem Ziel erreicht, und was wurde aus den Schritten? Ziele und Schritte ohne Angabe bleiben ohne Eintrag.", None))
        self.goalGroup.setTitle(QCoreApplication.translate("ReviewDialog", u"Ziele: erreichte Stufe", None))
        self.dateLabel.setText(QCoreApplication.translate("ReviewDialog", u"&Datum:", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("ReviewDialog", u"Datum der \u00dcberpr\u00fcfung", None))
#endif // QT_CONFIG(accessibility)
        self.stepGroup.setTitle(QCoreApplication.translate("ReviewDialog", u"Schritte: was daraus wurde", None))
#if QT_CONFIG(accessibility)
        self.stepScroll.setAccessibleName(QCoreApplication.translate("ReviewDialog", u"Schritte des Plans", None))
#endif // QT_CONFIG(accessibility)
        self.noteLabel.setText(QCoreApplication.translate("ReviewDialog", u"&Notiz:", None))
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleName(QCoreApplication.translate("ReviewDialog", u"Notiz zur \u00dcberpr\u00fcfung", None))
#endif // QT_CONFIG(accessibility)
        self.reviseCheck.setText(QCoreApplication.translate("ReviewDialog", u"Im Anschluss den Plan f&ortschreiben (neue Version)", None))
#if QT_CONFIG(accessibility)
        self.reviseCheck.setAccessibleName(QCoreApplication.translate("ReviewDialog", u"Im Anschluss den Plan fortschreiben", None))
#endif // QT_CONFIG(accessibility)
        self.errorLabel.setText("")
    # retranslateUi

