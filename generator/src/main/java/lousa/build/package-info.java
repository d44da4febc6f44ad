/**
 * The pipeline in one place: {@link lousa.build.Build#run} reads as the list of stages
 * (load → normalise dialects → parse → render → assemble site → write).
 */
package lousa.build;
