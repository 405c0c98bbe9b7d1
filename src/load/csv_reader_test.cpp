#include "load/csv_reader.h"

#include <doctest/doctest.h>

using namespace panelpack;

TEST_CASE("csv: header, rows and cell positions") {
  Diagnostics d;
  auto t = parse_csv("data/calls.csv", "month,calls\n2024-04,12280\n2024-05,12 300\n", d);
  REQUIRE(t);
  CHECK_FALSE(d.has_errors());
  REQUIRE(t->header.size() == 2);
  CHECK(t->header[1].text == "calls");
  REQUIRE(t->rows.size() == 2);
  CHECK(t->rows[1].line == 3);
  CHECK(t->rows[1].cells[1].text == "12 300");
  CHECK(t->rows[1].cells[1].pos.str() == "data/calls.csv:3:9");
  CHECK(t->column("calls") == 1);
  CHECK(t->column("nope") == -1);
}

TEST_CASE("csv: quotes, embedded commas, quotes and newlines, CRLF and BOM") {
  Diagnostics d;
  std::string text =
      "\xEF\xBB\xBFname,value\r\n"
      "\"All crime, total\",\"27,063\"\r\n"
      "\"Say \"\"hi\"\"\",1\r\n"
      "\"two\r\nlines\",2\r\n"
      "last,3";
  auto t = parse_csv("x.csv", text, d);
  REQUIRE(t);
  CHECK(t->header[0].text == "name");
  REQUIRE(t->rows.size() == 4);
  CHECK(t->rows[0].cells[0].text == "All crime, total");
  CHECK(t->rows[0].cells[1].text == "27,063");
  CHECK(t->rows[1].cells[0].text == "Say \"hi\"");
  CHECK(t->rows[2].cells[0].text == "two\nlines");
  CHECK(t->rows[2].line == 4);
  CHECK(t->rows[3].line == 6);  // the record after the embedded newline
  CHECK(t->rows[3].cells[1].pos.str() == "x.csv:6:6");
}

TEST_CASE("csv: a short row is an error with its line") {
  Diagnostics d;
  auto t = parse_csv("data/calls.csv", "a,b,c,d\n1,2,3,4\n1,2,3\n", d);
  CHECK_FALSE(t);
  REQUIRE(d.all().size() == 1);
  CHECK(d.all()[0].pos.str() == "data/calls.csv:3:1");
  CHECK(d.all()[0].message == "failed to read data/calls.csv (row 3 has 3 fields, expected 4)");
}

TEST_CASE("csv: unclosed quote, stray quote, text after a quote") {
  Diagnostics d1;
  CHECK_FALSE(parse_csv("a.csv", "x,y\n1,\"open\n", d1));
  CHECK(d1.all()[0].pos.str() == "a.csv:2:3");
  CHECK(d1.all()[0].message == "failed to read a.csv (a quoted field is never closed)");

  Diagnostics d2;
  CHECK_FALSE(parse_csv("a.csv", "x,y\n1,ab\"c\n", d2));
  CHECK(d2.all()[0].pos.str() == "a.csv:2:5");
  CHECK(d2.all()[0].message == "failed to read a.csv (a quote inside an unquoted field)");

  Diagnostics d3;
  CHECK_FALSE(parse_csv("a.csv", "x,y\n\"a\"b,1\n", d3));
  CHECK(d3.all()[0].pos.str() == "a.csv:2:4");
  CHECK(d3.all()[0].message == "failed to read a.csv (unexpected text after a closing quote)");
}

TEST_CASE("csv: an unclosed quote that swallows lines is reported at the quote that opened it") {
  // Line 3's quote is never closed, so the value runs to the next quote (on
  // line 5) and breaks there: one error, at 3:9, and nothing after it.
  Diagnostics d;
  CHECK_FALSE(parse_csv("data/calls.csv",
                        "month,calls\n2024-02,990\n2024-03,\"1,008\n2024-04,1001\n2024-05,\"1,020\"\n", d));
  REQUIRE(d.all().size() == 1);
  CHECK(d.all()[0].pos.str() == "data/calls.csv:3:9");
  CHECK(d.all()[0].message ==
        "failed to read data/calls.csv (the quote opened here is not closed until line 5, so lines 3 to 5 read as "
        "one value)");
  CHECK(d.all()[0].hint == "add the closing \" at the end of the field: \"1,008\"");

  // Errors in rows before it are still reported.
  Diagnostics d2;
  CHECK_FALSE(parse_csv("a.csv", "x,y\n1,2,3\n4,\"open\n5,\"6\"\n", d2));
  REQUIRE(d2.all().size() == 2);
  CHECK(d2.all()[0].message == "failed to read a.csv (row 2 has 3 fields, expected 2)");
  CHECK(d2.all()[1].pos.str() == "a.csv:3:3");

  // Never closed at all, over several lines.
  Diagnostics d3;
  CHECK_FALSE(parse_csv("a.csv", "x,y\n1,\"open\n2,3\n4,5\n", d3));
  REQUIRE(d3.all().size() == 1);
  CHECK(d3.all()[0].pos.str() == "a.csv:2:3");
  CHECK(d3.all()[0].message ==
        "failed to read a.csv (the quote opened here is never closed, so lines 2 to 4 read as one value)");
  CHECK(d3.all()[0].hint == "add the closing \" at the end of the field: \"open\"");

  // A long first line is not quoted back; a quote in it would be doubled.
  Diagnostics d4;
  CHECK_FALSE(parse_csv("a.csv", "x,y\n1,\"" + std::string(50, 'a') + "\n2,\"3\"\n", d4));
  CHECK(d4.all()[0].hint == "add the closing \" at the end of the field on line 2");
  Diagnostics d5;
  CHECK_FALSE(parse_csv("a.csv", "x,y\n1,\"say \"\"hi\"\"\n2,\"3\"\n", d5));
  CHECK(d5.all()[0].hint == "add the closing \" at the end of the field: \"say \"\"hi\"\"\"");
}

TEST_CASE("csv: a value over several lines that closes properly is kept (RFC 4180)") {
  Diagnostics d;
  auto t = parse_csv("n.csv", "month,note\n2024-04,\"first line\nsecond, with a comma\"\n2024-05,\"x\"\n", d);
  REQUIRE(t);
  CHECK_FALSE(d.has_errors());
  REQUIRE(t->rows.size() == 2);
  CHECK(t->rows[0].cells[1].text == "first line\nsecond, with a comma");
  CHECK(t->rows[1].line == 4);
}

TEST_CASE("csv: a wrong field count after a value over several lines points at its quote") {
  // The quote on line 2 closes on line 3 but the record then has 3 fields:
  // the quote may be the mistake, or the record; the hint says both.
  Diagnostics d;
  CHECK_FALSE(parse_csv("a.csv", "x,y\n1,\"two\n3\",4\n", d));
  REQUIRE(d.all().size() == 1);
  CHECK(d.all()[0].pos.str() == "a.csv:2:1");
  CHECK(d.all()[0].message == "failed to read a.csv (row 2 has 3 fields, expected 2)");
  CHECK(d.all()[0].hint ==
        "the quoted value at 2:3 runs over lines 2 to 3; if its closing quote is missing, add the closing \" at "
        "the end of the field: \"two\"");
}

TEST_CASE("csv: empty file, duplicate and unnamed columns") {
  Diagnostics d1;
  CHECK_FALSE(parse_csv("e.csv", "", d1));
  CHECK(d1.all()[0].message == "failed to read e.csv (the file is empty; expected a header row)");

  Diagnostics d2;
  CHECK_FALSE(parse_csv("e.csv", "a,b,a\n1,2,3\n", d2));
  CHECK(d2.all()[0].pos.str() == "e.csv:1:5");
  CHECK(d2.all()[0].message == "failed to read e.csv (column 'a' appears twice, also at column 1)");

  Diagnostics d3;
  CHECK_FALSE(parse_csv("e.csv", "a,,c\n", d3));
  CHECK(d3.all()[0].message == "failed to read e.csv (column 2 has no name)");
}

TEST_CASE("csv: blank lines are skipped") {
  Diagnostics d;
  auto t = parse_csv("b.csv", "a\n\n1\n\r\n2\n\n", d);
  REQUIRE(t);
  REQUIRE(t->rows.size() == 2);
  CHECK(t->rows[1].line == 5);
}

TEST_CASE("csv: numbers") {
  CHECK(*parse_csv_number("27063") == 27063);
  CHECK(*parse_csv_number("27,063") == 27063);
  CHECK(*parse_csv_number("1,234,567.5") == 1234567.5);
  CHECK(*parse_csv_number(" -3.25 ") == -3.25);
  CHECK(*parse_csv_number("19.09%") == doctest::Approx(19.09));
  CHECK_FALSE(parse_csv_number(""));
  CHECK_FALSE(parse_csv_number("12a"));
  CHECK_FALSE(parse_csv_number("1,23"));
  CHECK_FALSE(parse_csv_number("1234,567"));
  CHECK_FALSE(parse_csv_number(",123"));
  CHECK_FALSE(parse_csv_number("1."));
  CHECK_FALSE(parse_csv_number("n/a"));
  CHECK(*parse_csv_number("999,999,999,999,999") == 999999999999999.0);
  CHECK_FALSE(parse_csv_number("1000000000000000"));  // 16 digits
  CHECK_FALSE(parse_csv_number("-99999999999999999999"));
}

TEST_CASE("csv: months") {
  CHECK(parse_csv_month("2024-04")->month == 4);
  CHECK(parse_csv_month("2024-02-01")->year == 2024);
  CHECK_FALSE(parse_csv_month("2023-02-29"));
  CHECK_FALSE(parse_csv_month("2024-13"));
  CHECK_FALSE(parse_csv_month("2024-4"));
  CHECK_FALSE(parse_csv_month("April"));
  CHECK_FALSE(parse_csv_month("Aprl 2024"));
  CHECK_FALSE(parse_csv_month("2024"));
}

TEST_CASE("csv: months as spreadsheets write them") {
  auto is = [](const char* text, int year, int month) {
    auto m = parse_csv_month(text);
    return m && m->year == year && m->month == month;
  };
  CHECK(is("Apr-23", 2023, 4));
  CHECK(is("apr-2023", 2023, 4));
  CHECK(is("Apr 2024", 2024, 4));
  CHECK(is("April 2023", 2023, 4));
  CHECK(is("Sept 2023", 2023, 9));
  CHECK(is("01/04/2023", 2023, 4));  // day/month/year: the first of April
  CHECK(is("1/4/2023", 2023, 4));
  CHECK(is("01-Apr-23", 2023, 4));
  CHECK(is("1 April 2023", 2023, 4));
  CHECK(is(" 2023-04-01 ", 2023, 4));
  std::string why;
  CHECK_FALSE(parse_csv_month("04/01/2023", &why));  // 4 January, not a month
  CHECK(why == "is a date that is not the first of its month");
  CHECK_FALSE(parse_csv_month("2024-04-17", &why));
  CHECK(why == "is a date that is not the first of its month");
  CHECK_FALSE(parse_csv_month("31/04/2023", &why));
  CHECK(why == "is not a date");
  CHECK_FALSE(parse_csv_month("01/13/2023", &why));
  CHECK(why == "is not a month");
  CHECK_FALSE(parse_csv_month("Apr/23/x", &why));
  CHECK(why == "is not a month");
}

TEST_CASE("csv: declared column types") {
  Diagnostics d;
  auto t = parse_csv("data/crime.csv", "month,crimes\n2024-04,100\n2024-05,1O2\nMay,3\n", d);
  REQUIRE(t);
  SourcePos decl{"content/annex.yaml", 4, 9};
  CHECK_FALSE(check_columns(*t, {{"month", CsvType::month}, {"crimes", CsvType::number}, {"crime", CsvType::number}},
                            decl, d));
  REQUIRE(d.all().size() == 3);
  CHECK(d.all()[0].pos.str() == "data/crime.csv:4:1");
  CHECK(d.all()[0].message == "failed to read data/crime.csv ('May' in column 'month' is not a month)");
  CHECK(d.all()[1].pos.str() == "data/crime.csv:3:9");
  CHECK(d.all()[1].message == "failed to read data/crime.csv ('1O2' in column 'crimes' is not a number)");
  CHECK(d.all()[2].pos.str() == "content/annex.yaml:4:9");
  CHECK(d.all()[2].message == "failed to read data/crime.csv (it has no column 'crime')");
  CHECK(d.all()[2].hint == "did you mean 'crimes'?");
}
