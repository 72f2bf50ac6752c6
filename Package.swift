// swift-tools-version:6.0
import PackageDescription

/// ReentrySim: a domain-free kernel and scenario format, then the model, the
/// experiments on it, the reports on their results and the command line, each
/// target depending only on those before it, so the compiler enforces the
/// direction of the data flow. No package dependencies by design (Foundation
/// and Swift concurrency only).
let package = Package(
  name: "ReentrySim",
  products: [
    .executable(name: "reentry", targets: ["reentry"]),
    .library(name: "ReentryModel", targets: ["ReentryModel"]),
    .library(name: "ReentryExperiments", targets: ["ReentryExperiments"]),
    .library(name: "ReentryReport", targets: ["ReentryReport"]),
    .library(name: "ReentryCLI", targets: ["ReentryCLI"]),
  ],
  targets: [
    .target(name: "SimKernel"),
    .target(name: "ScenarioFormat"),
    .target(
      name: "ReentryModel",
      dependencies: ["SimKernel", "ScenarioFormat"],
      resources: [.embedInCode("Data/municipalities-2023.csv")]
    ),
    .target(name: "ReentryExperiments", dependencies: ["ReentryModel", "SimKernel", "ScenarioFormat"]),
    .target(name: "ReentryReport", dependencies: ["ReentryExperiments", "ReentryModel", "ScenarioFormat"]),
    .target(
      name: "ReentryCLI",
      dependencies: ["ReentryReport", "ReentryExperiments", "ReentryModel", "ScenarioFormat", "SimKernel"]
    ),
    .executableTarget(name: "reentry", dependencies: ["ReentryCLI"]),
    // Fixtures and file helpers shared by the test targets (package access only).
    .target(
      name: "ReentryTestSupport", dependencies: ["ReentryModel", "ScenarioFormat"], path: "Tests/ReentryTestSupport"),
    .testTarget(
      name: "SimKernelTests", dependencies: ["SimKernel"],
      // The generator of KernelMathReferences.swift (mpmath); not needed at test time.
      exclude: ["Resources/make_kernel_math_references.py"]),
    .testTarget(name: "ScenarioFormatTests", dependencies: ["ScenarioFormat"]),
    .testTarget(name: "ReentryModelTests", dependencies: ["ReentryModel", "ReentryTestSupport"]),
    .testTarget(name: "ReentryExperimentsTests", dependencies: ["ReentryExperiments", "ReentryTestSupport"]),
    .testTarget(name: "ReentryReportTests", dependencies: ["ReentryReport", "ReentryTestSupport"]),
    .testTarget(name: "ReentryCLITests", dependencies: ["ReentryCLI", "ReentryTestSupport"]),
  ]
)
