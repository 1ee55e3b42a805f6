/* lime-devices: lists the devices a Lime program can run its tasks on,
 * with the names LIME_DEVICE takes (gpu:N chooses one OpenCL device). */
#include <stdio.h>
#include <string.h>

#include "lime.h"

int main(int argc, char **argv) {
    if (argc > 1) {
        bool help = !strcmp(argv[1], "-h") || !strcmp(argv[1], "--help");
        fprintf(help ? stdout : stderr,
                "usage: lime-devices\nLists the devices Lime programs can run tasks on, as LIME_DEVICE names "
                "them (cpu, gpu:N, fpga).\n");
        return help ? 0 : 1;
    }
    lime_devices_print();
    return 0;
}
