#include "pipeline/paint_queue.h"

#include <doctest/doctest.h>

#include <stdexcept>
#include <vector>

using namespace panelpack;

TEST_CASE("paint jobs run in the order given, each with its own result and messages") {
  for (bool background : {true, false}) {
    CAPTURE(background);
    PaintQueue queue(background);
    std::vector<int> order;  // written by the worker only, read once every result is in
    std::vector<std::shared_future<PaintResult>> results;
    for (int i = 0; i < 50; ++i)
      results.push_back(queue.submit([i, &order] {
        order.push_back(i);
        PaintResult r;
        r.bytes = "pdf " + std::to_string(i);
        r.pages = i;
        if (i % 10 == 0) r.messages.warning({}, "job " + std::to_string(i));
        return r;
      }));
    for (int i = 0; i < 50; ++i) {
      const PaintResult& r = results[i].get();
      CHECK(r.bytes == "pdf " + std::to_string(i));
      CHECK(r.pages == i);
      CHECK(r.messages.format().find("job") == (i % 10 == 0 ? 9 : std::string::npos));
    }
    for (int i = 0; i < 50; ++i) CHECK(order[i] == i);
  }
}

TEST_CASE("a job's exception reaches whoever reads its result, and the queue goes on") {
  for (bool background : {true, false}) {
    PaintQueue queue(background);
    auto bad = queue.submit([]() -> PaintResult { throw std::logic_error("broken frames"); });
    auto good = queue.submit([] { return PaintResult{"ok", 1, {}}; });
    CHECK_THROWS_WITH_AS(bad.get(), "broken frames", std::logic_error);
    CHECK(good.get().bytes == "ok");
  }
}

TEST_CASE("a queue stopped with jobs waiting finishes them first") {
  std::shared_future<PaintResult> last;
  {
    PaintQueue queue(true);
    for (int i = 0; i < 20; ++i) last = queue.submit([i] { return PaintResult{std::to_string(i), i, {}}; });
  }
  REQUIRE(last.wait_for(std::chrono::seconds(0)) == std::future_status::ready);
  CHECK(last.get().bytes == "19");
}

TEST_CASE("whoever waits for a result paints the jobs still waiting rather than sit idle") {
  PaintQueue queue(true);
  std::promise<void> started, release;
  std::shared_future<void> released = release.get_future().share();
  // The worker is held in the first job; the second can only be painted by the waiting thread.
  auto held = queue.submit([&started, released] {
    started.set_value();
    released.wait_for(std::chrono::seconds(10));
    return PaintResult{"held", 1, {}};
  });
  std::thread::id painter;
  auto mine = queue.submit([&painter] {
    painter = std::this_thread::get_id();
    return PaintResult{"mine", 1, {}};
  });
  started.get_future().wait();
  CHECK(queue.wait(mine).bytes == "mine");
  CHECK(painter == std::this_thread::get_id());
  release.set_value();
  CHECK(queue.wait(held).bytes == "held");
}
