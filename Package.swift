// swift-tools-version:6.0
import PackageDescription

/// ReentrySim: one library for the domain, a domain-free kernel and scenario
/// format beside it, and a thin `reentry` executable. No package dependencies
/// by design (Foundation and Swift concurrency only).
let package = Package(
  name: "ReentrySim",
  products: [
    .executable(name: "reentry", targets: ["reentry"]),
    .library(name: "ReentrySim", targets: ["ReentrySim"]),
  ],
  targets: [
    .target(name: "SimKernel"),
    .target(name: "ScenarioFormat"),
    .target(
      name: "ReentrySim",
      dependencies: ["SimKernel", "ScenarioFormat"],
      resources: [.embedInCode("Data/municipalities-2023.csv")]
    ),
    .executableTarget(name: "reentry", dependencies: ["ReentrySim"]),
    .testTarget(name: "SimKernelTests", dependencies: ["SimKernel"]),
    .testTarget(name: "ScenarioFormatTests", dependencies: ["ScenarioFormat"]),
    .testTarget(name: "ReentrySimTests", dependencies: ["ReentrySim"]),
  ]
)
