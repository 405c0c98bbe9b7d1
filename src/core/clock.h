#pragma once
// Time comes in through this interface: documents never read it (their dates
// come from content); only the build summary's elapsed time does.
#include <chrono>

namespace panelpack {

class Clock {
 public:
  virtual ~Clock() = default;
  virtual double seconds() const = 0;  // monotonic, from an arbitrary origin
};

class SteadyClock : public Clock {
 public:
  double seconds() const override {
    using namespace std::chrono;
    return duration<double>(steady_clock::now().time_since_epoch()).count();
  }
};

class FixedClock : public Clock {
 public:
  explicit FixedClock(double s = 0) : s_(s) {}
  double seconds() const override { return s_; }
  void advance(double d) { s_ += d; }

 private:
  double s_;
};

}  // namespace panelpack
