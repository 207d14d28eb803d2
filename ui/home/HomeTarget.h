// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

// Where an item of the home page is handled; the main window opens that place.
struct HomeTarget {
    enum class Kind {
        Request,       // the Requests page with the request selected
        Approval,      // an erasure request waiting for a decision: the same, where its dialog opens
        Incident,      // the Incidents page with the incident selected
        UnusualAccess, // the Access log page showing only unusual entries
        Purge,         // where retention ends are handled
        AccessLog,     // verifying the chain, signing a checkpoint
        Staff,         // the Administration page's staff tab with the login selected
    };
    Kind kind = Kind::Request;
    qint64 id = 0; // request or incident
    QString login; // staff

    bool operator==(const HomeTarget& other) const
    {
        return kind == other.kind && id == other.id && login == other.login;
    }
};
Q_DECLARE_METATYPE(HomeTarget)
