#pragma once

#include <QString>
#include <QStringList>

#include <string>
#include <vector>

namespace relief::app {

inline QString qs(const std::string& s) { return QString::fromStdString(s); }
inline std::string ss(const QString& s) { return s.toStdString(); }
inline QStringList qlist(const std::vector<std::string>& v) {
    QStringList out;
    for (const auto& s : v) out << qs(s);
    return out;
}

}  // namespace relief::app
