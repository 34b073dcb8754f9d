# Install rules and packaging of the model library (issue 9, part 1):
#   include/virtio_vp/<family>/*.h       public headers, included as "virtio/blk.h"
#   lib/libvp_<family>.a                 one static library per model family
#   lib/cmake/VirtioVP/                  find_package(VirtioVP CONFIG): VirtioVP::<family>
#   lib/pkgconfig/virtio-vp.pc           the same for pkg-config users
#   bin/virt64                           the example platform
#   share/doc/virtio-vp/models/*.md      the datasheets
# CPack builds a Debian package (.deb) of the same content: `cpack -G DEB` in
# the build directory. Included last from the top-level CMakeLists.txt.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(VIRTIO_VP_VERSION 0.1.0)
set(vp_cmake_dir ${CMAKE_INSTALL_LIBDIR}/cmake/VirtioVP)
set(vp_include_dir ${CMAKE_INSTALL_INCLUDEDIR}/virtio_vp)

# Model families in link order (a library before the ones it uses): the
# pkg-config file lists them in this order.
set(vp_families arm64 gdb softfloat gic uart virtio memory host bus log)

foreach(family ${vp_families})
  set(target vp_${family})
  # Users see VirtioVP::<family>; SystemC's headers need C++17 (Debian's
  # libsystemc is built for it), so consumers get at least that standard.
  set_target_properties(${target} PROPERTIES EXPORT_NAME ${family})
  target_compile_features(${target} INTERFACE cxx_std_17)
  install(TARGETS ${target} EXPORT VirtioVPTargets
          ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR})
  # Every header of the family except the private *_impl.h ones.
  install(DIRECTORY ${PROJECT_SOURCE_DIR}/models/${family}/
          DESTINATION ${vp_include_dir}/${family}
          FILES_MATCHING PATTERN "*.h" PATTERN "*_impl.h" EXCLUDE)
endforeach()
# VirtioVP::models: every family at once.
set_target_properties(vp_models PROPERTIES EXPORT_NAME models)
install(TARGETS vp_models EXPORT VirtioVPTargets)

install(EXPORT VirtioVPTargets NAMESPACE VirtioVP:: DESTINATION ${vp_cmake_dir})
configure_package_config_file(${CMAKE_CURRENT_LIST_DIR}/VirtioVPConfig.cmake.in
                              ${CMAKE_CURRENT_BINARY_DIR}/VirtioVPConfig.cmake
                              INSTALL_DESTINATION ${vp_cmake_dir})
write_basic_package_version_file(${CMAKE_CURRENT_BINARY_DIR}/VirtioVPConfigVersion.cmake
                                 VERSION ${VIRTIO_VP_VERSION} COMPATIBILITY SameMinorVersion)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/VirtioVPConfig.cmake
              ${CMAKE_CURRENT_BINARY_DIR}/VirtioVPConfigVersion.cmake
        DESTINATION ${vp_cmake_dir})

set(VP_PC_LIBS "")
foreach(family ${vp_families})
  string(APPEND VP_PC_LIBS " -lvp_${family}")
endforeach()
# The .pc file finds its prefix from its own place (relocatable prefix).
file(RELATIVE_PATH VP_PC_TO_PREFIX /p/${CMAKE_INSTALL_LIBDIR}/pkgconfig /p)
string(REGEX REPLACE "/$" "" VP_PC_TO_PREFIX "${VP_PC_TO_PREFIX}")
configure_file(${CMAKE_CURRENT_LIST_DIR}/virtio-vp.pc.in
               ${CMAKE_CURRENT_BINARY_DIR}/virtio-vp.pc @ONLY)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/virtio-vp.pc
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)

if(TARGET virt64)
  install(TARGETS virt64 RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/models/
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/virtio-vp/models FILES_MATCHING PATTERN "*.md")

# Debian package. The dependencies are the Debian 12 packages of what the
# installed files need: SystemC and pkg-config for the CMake/pkg-config users,
# the shared libraries virt64 links (also found by dpkg-shlibdeps).
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME virtio-vp)
set(CPACK_PACKAGE_VERSION ${VIRTIO_VP_VERSION})
set(CPACK_PACKAGE_VENDOR "virtio-vp")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "SystemC/TLM-2.0 virtio-mmio model library and the virt64 ARM64 platform")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "virtio-vp developers <virtio-vp@localhost>")
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsystemc-dev (>= 2.3.4), pkg-config")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_STRIP_FILES ON)
include(CPack)
