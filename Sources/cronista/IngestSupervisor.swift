import ArgumentParser
import Cronista
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Crash containment for `cronista ingest`: the ingest runs in a child
/// process (the same command with `--worker`), and when the child dies of
/// a crash signal it is started again. The store's journal
/// (``IngestJournal``) tells the new child which articles were in flight:
/// it analyses them one at a time, and the article left in flight by the
/// next crash is recorded as failed and skipped. Every good article is
/// stored in the one run; each crashing article costs at most two restarts.
///
/// A child killed on purpose (SIGINT, SIGTERM, SIGKILL) is not restarted,
/// and a child never outlives its supervisor.
enum IngestSupervisor {
    /// Signals that mean the analysis crashed (a Swift trap is SIGILL or SIGTRAP).
    static let crashSignals: Set<Int32> = [SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE]
    /// Restarts allowed in one run: two per crashing article, and some.
    static let maximumRestarts = 64
    /// The environment variable naming the supervisor's pid to the child.
    static let supervisorVariable = "CRONISTA_INGEST_SUPERVISOR"
    /// Test-only fault injection: an article whose text contains this
    /// variable's value makes the analysis trap.
    static let faultVariable = "CRONISTA_FAULT_TRAP_ON"

    /// Runs the ingest given by `arguments` in child processes until one exits.
    static func run(arguments: [String]) throws {
        let executable = Self.executable()
        var childArguments = arguments + ["--worker"]
        var restarts = 0
        var environment = ProcessInfo.processInfo.environment
        environment[supervisorVariable] = String(getpid())
        while true {
            let child = Process()
            child.executableURL = executable
            child.arguments = childArguments
            child.environment = environment
            try child.run()
            child.waitUntilExit()
            if child.terminationReason == .exit {
                if child.terminationStatus == 0 { return }
                throw ExitCode(child.terminationStatus)
            }
            let signal = child.terminationStatus
            guard crashSignals.contains(signal), restarts < maximumRestarts else {
                printError("the ingest process ended by signal \(signal); rerun to resume (stored batches are kept)")
                throw ExitCode(1)
            }
            restarts += 1
            printError("the analysis crashed (signal \(signal)); resuming, the article in flight is found from the store's journal (restart \(restarts))")
            // The failures cleared by --retry-failed must not be cleared again, or a crashing one would never be quarantined.
            childArguments.removeAll { $0 == "--retry-failed" || $0 == "--after-crash" }
            childArguments.append("--after-crash")
        }
    }

    /// This executable.
    static func executable() -> URL {
        #if os(Linux)
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: path)
        }
        #endif
        return Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
    }

    /// In the child: dies when the supervisor does (SIGKILL of the
    /// supervisor must stop the ingest, as it did before isolation).
    static func dieWithSupervisor() {
        guard let value = ProcessInfo.processInfo.environment[supervisorVariable], let supervisor = Int32(value) else { return }
        #if os(Linux)
        // PR_SET_PDEATHSIG = 1: SIGKILL when the parent exits.
        _ = cronistaPrctl(1, UInt(SIGKILL), 0, 0, 0)
        #else
        let watchdog = Thread {
            while getppid() == supervisor { usleep(50_000) }
            _exit(137)
        }
        watchdog.start()
        #endif
        if getppid() != supervisor { _exit(137) }
    }

    /// The fault-injection hook of ``faultVariable``, if set.
    static func faultInjection() -> (@Sendable (Cronista.Article) -> Void)? {
        guard let marker = ProcessInfo.processInfo.environment[faultVariable], !marker.isEmpty else { return nil }
        return { article in
            if article.text.contains(marker) { fatalError("fault injected (\(faultVariable))") }
        }
    }
}

#if os(Linux)
/// `prctl(2)`, which Swift does not import (it is variadic); its integer
/// arguments are passed the same way on the Linux ABIs.
@_silgen_name("prctl")
func cronistaPrctl(_ option: Int32, _ arg2: UInt, _ arg3: UInt, _ arg4: UInt, _ arg5: UInt) -> Int32
#endif
