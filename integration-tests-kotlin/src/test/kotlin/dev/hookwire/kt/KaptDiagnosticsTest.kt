package dev.hookwire.kt

import dev.hookwire.annotations.HookPackage
import dev.hookwire.runtime.HookRuntime
import java.io.ByteArrayOutputStream
import java.io.PrintStream
import java.nio.charset.StandardCharsets
import java.nio.file.Files
import java.nio.file.Path
import javax.tools.Diagnostic
import javax.tools.DiagnosticCollector
import javax.tools.JavaFileObject
import javax.tools.ToolProvider
import kotlin.io.path.extension
import kotlin.io.path.invariantSeparatorsPathString
import kotlin.io.path.readLines
import org.jetbrains.kotlin.cli.common.ExitCode
import org.jetbrains.kotlin.cli.jvm.K2JVMCompiler
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.BeforeAll
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir

/**
 * Bad Kotlin hooks through the real kapt: the Kotlin compiler's embeddable API runs kapt, with
 * Hookwire's processor, on the sources under src/test/resources/bad-kotlin, once for all of them
 * (a few seconds), with mapDiagnosticLocations on and correctErrorTypes off. Each expected
 * diagnostic is a trailing `// error: text` or `// warning: text` on its line of its `.kt` file, as
 * in the processor's error corpus; every Hookwire diagnostic must be marked.
 */
class KaptDiagnosticsTest {
    /** One diagnostic as kotlinc prints it: `error: /path/File.kt:7: error: text`. */
    data class Printed(val kind: String, val file: String, val line: Int, val text: String)

    /** A marker: the diagnostic expected on [line] of [file] (relative to the sources). */
    data class Marker(val kind: String, val file: String, val line: Int, val text: String)

    companion object {
        private val SOURCES: Path = Path.of("src/test/resources/bad-kotlin").toAbsolutePath()
        private const val KAPT = "plugin:org.jetbrains.kotlin.kapt3:"
        private val PRINTED = Regex("""^(error|warning): (\S+?):(\d+): (?:error|warning): (.*)$""")
        private val MARKER = Regex("""// (error|warning): (.*)$""")

        private lateinit var out: Path
        private lateinit var exitCode: ExitCode
        private lateinit var output: String
        private lateinit var printed: List<Printed>

        /** Where [className] was loaded from: a jar or a classes directory of this test's class path. */
        private fun locationOf(className: String): String =
            Path.of(Class.forName(className).protectionDomain.codeSource.location.toURI()).toString()

        /** The processor's own classes and what they need (JavaPoet), as kapt's processor path. */
        private val processorPath = listOf("dev.hookwire.processor.HookProcessor", "com.palantir.javapoet.ClassName")
            .map(::locationOf)

        private val classpath = listOf(HookRuntime::class.java, HookPackage::class.java, Unit::class.java)
            .map { locationOf(it.name) }
            .distinct()

        @BeforeAll
        @JvmStatic
        fun runKapt(@TempDir dir: Path) {
            out = dir
            val options = listOf(
                "aptMode=stubsAndApt",
                "sources=$dir/generated",
                "classes=$dir/kapt-classes",
                "stubs=$dir/stubs",
                "mapDiagnosticLocations=true",
                "correctErrorTypes=false",
            ) + processorPath.map { "apclasspath=$it" }
            val buffer = ByteArrayOutputStream()
            exitCode = K2JVMCompiler().exec(
                PrintStream(buffer, true, StandardCharsets.UTF_8),
                "-no-stdlib",
                "-no-reflect",
                "-jvm-target", "17",
                "-classpath", classpath.joinToString(java.io.File.pathSeparator),
                "-d", "$dir/classes",
                "-Xplugin=${locationOf("org.jetbrains.kotlin.kapt.KaptCommandLineProcessor")}",
                "-P", options.joinToString(",") { KAPT + it },
                SOURCES.toString(),
            )
            output = buffer.toString(StandardCharsets.UTF_8)
            printed = output.lines().mapNotNull { PRINTED.find(it) }.map {
                val (kind, file, line, text) = it.destructured
                Printed(kind, SOURCES.relativize(Path.of(file)).invariantSeparatorsPathString, line.toInt(), text)
            }
        }

        private fun markers(): List<Marker> = Files.walk(SOURCES).use { paths ->
            paths.filter { it.extension == "kt" }.toList().flatMap { file ->
                file.readLines().withIndex().mapNotNull { (index, line) ->
                    MARKER.find(line)?.let {
                        Marker(it.groupValues[1], SOURCES.relativize(file).invariantSeparatorsPathString, index + 1, it.groupValues[2])
                    }
                }
            }
        }
    }

    @Test
    fun `kapt fails on the bad hooks`() {
        assertEquals(ExitCode.COMPILATION_ERROR, exitCode, output)
    }

    @Test
    fun `every marked diagnostic is reported on its line of its kt file`() {
        val markers = markers()
        assertEquals(9, markers.size, "markers: $markers")
        for (marker in markers) {
            assertTrue(
                printed.any {
                    it.kind == marker.kind && it.file == marker.file && it.line == marker.line && marker.text in it.text
                },
                "expected $marker in:\n$output",
            )
        }
    }

    @Test
    fun `Hookwire reports nothing else - the Suppress'ed classes stay quiet`() {
        val hookwire = printed.filter { "[hookwire:" in it.text }

        assertEquals(markers().size, hookwire.size, "Hookwire's diagnostics:\n" + hookwire.joinToString("\n"))
    }

    @Test
    fun `javac running the processor again on kapt's HookWiring is told to run it once`() {
        val generated = out.resolve("generated/com/acme/twice/HookWiring.java")
        assertTrue(Files.exists(generated), "kapt generated the good package's wiring:\n$output")
        val javac = ToolProvider.getSystemJavaCompiler()
        val diagnostics = DiagnosticCollector<JavaFileObject>()
        javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8).use { files ->
            val sources = files.getJavaFileObjects(
                SOURCES.resolve("com/acme/twice/package-info.java"),
                generated,
                out.resolve("stubs/com/acme/twice/AfterLogin.java"),
            )
            val options = listOf(
                "-processorpath", processorPath.joinToString(java.io.File.pathSeparator),
                // The stub names Kotlin's nullability annotations, from org.jetbrains:annotations.
                "-classpath", (classpath + locationOf("org.jetbrains.annotations.NotNull")).joinToString(java.io.File.pathSeparator),
                "-d", Files.createDirectories(out.resolve("javac")).toString(),
            )
            javac.getTask(null, files, diagnostics, options, null, sources).call()
        }
        val errors = diagnostics.diagnostics.filter { it.kind == Diagnostic.Kind.ERROR }

        assertEquals(1, errors.size, errors.joinToString("\n"))
        val error = errors.single()
        assertTrue("package-info.java" in error.source.name, error.source.name)
        assertEquals(1L, error.lineNumber)
        assertTrue(
            error.getMessage(null).startsWith(
                "Hookwire runs a second time on package com.acme.twice: com.acme.twice.HookWiring is already generated",
            ),
            error.getMessage(null),
        )
        assertTrue(error.getMessage(null).endsWith("[hookwire:processor-ran-twice]"))
    }
}
