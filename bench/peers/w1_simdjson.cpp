// W1 with C++ simdjson (DOM API, Debian's libsimdjson-dev): load the file, keep
// events tagged `arrests` some reading of whose date overlaps
// 2025-01-01..2025-03-31 (the text rule of w1.jq), write them as a JSON array.
// Built by bench/bench.py: g++ -O2 -std=c++17 w1_simdjson.cpp -lsimdjson
// usage: w1_simdjson IN.json OUT.json
#include <simdjson.h>
#include <cstdio>
#include <string>
#include <string_view>

using std::string_view;

static string_view unq(string_view s) {
    while (!s.empty() && (s.back() == '?' || s.back() == '~' || s.back() == '%')) s.remove_suffix(1);
    return s;
}

static bool overlaps(string_view a, string_view b) {
    bool starts_before_end = a == ".." || a <= string_view("2025-03-31");
    if (!starts_before_end) return false;
    if (b == "..") return true;
    std::string hi(b);
    if (hi.size() == 4) hi += "-12-31";
    else if (hi.size() == 7) hi += "-31";
    return hi >= "2025-01-01";
}

static bool possibly_in_q1(string_view d) {
    if (!d.empty() && d.front() == '[') {
        string_view rest = d.substr(1, d.size() - 2);
        while (true) {
            size_t comma = rest.find(',');
            string_view m = unq(rest.substr(0, comma));
            if (overlaps(m, m)) return true;
            if (comma == string_view::npos) return false;
            rest.remove_prefix(comma + 1);
        }
    }
    size_t slash = d.find('/');
    if (slash != string_view::npos) return overlaps(unq(d.substr(0, slash)), unq(d.substr(slash + 1)));
    string_view x = unq(d);
    return overlaps(x, x);
}

int main(int argc, char **argv) {
    if (argc != 3) { std::fprintf(stderr, "usage: %s IN.json OUT.json\n", argv[0]); return 2; }
    simdjson::dom::parser parser;
    simdjson::dom::element doc;
    auto error = parser.load(argv[1]).get(doc);
    if (error) { std::fprintf(stderr, "%s\n", simdjson::error_message(error)); return 1; }
    std::string out = "[";
    bool first = true;
    for (simdjson::dom::element ev : doc["events"].get_array()) {
        bool tagged = false;
        for (simdjson::dom::element t : ev["tags"].get_array())
            if (string_view(t.get_string()) == "arrests") { tagged = true; break; }
        if (!tagged || !possibly_in_q1(ev["date"].get_string())) continue;
        if (!first) out += ",\n";
        first = false;
        out += simdjson::minify(ev);
    }
    out += "]\n";
    FILE *f = std::fopen(argv[2], "wb");
    if (!f || std::fwrite(out.data(), 1, out.size(), f) != out.size() || std::fclose(f) != 0) {
        std::perror(argv[2]);
        return 1;
    }
    return 0;
}
