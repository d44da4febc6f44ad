/** The command line: {@code lousa build | check | serve}, options, exit codes; no logic beyond calling the build. */
package lousa.cli;
